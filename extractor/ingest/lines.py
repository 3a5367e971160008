"""Line-level furniture inside the chosen article container: what a block structure cannot tell.

A line is dropped when it is mostly link text, or short and matches a furniture pattern (credits,
"Advertisement", bylines, dates alone, in-body promotions, editor and source lines of Chinese portals,
pagination). A related-stories or comments heading near the end of the text ends the article: it and
everything after it go, when every line after it is a teaser (short, or mostly links).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class Line:
    """One output line: a paragraph, heading, list item, or a table row (``table`` set)."""

    text: str
    link_chars: int = 0
    table: int | None = None
    cells: tuple[tuple[str, bool], ...] = ()


# Lines that are page furniture even inside the article container (matched on short lines only).
_BULLETS = r"[►▶▲▼■□●◆◇★☆※→>»|【\[\s]*"
_JUNK_LINE = re.compile(
    _BULLETS +
    r"(?:advertisement|advertisements|廣告|sponsored|story continues below(?: advertisement)?|continue reading|"
    r"read more|read also|see also|related|related stories|related articles|recommended|"
    r"延伸閱讀|相關新聞|相關報導|推薦閱讀|看更多|更多新聞|熱門新聞|猜你喜歡|你可能也喜歡|"
    r"share this|share|tweet|email|print|comments?|分享|列印|留言|訂閱|"
    r"caption|close|expand|enlarge|click to enlarge|back to top|skip ad|loading\.*|"
    r"(?:image|photo|picture|slide) \d+ (?:of|/) \d+.{0,60}|your browser does not support.{0,60}|"
    r"(?:please )?enable javascript.{0,60}|javascript is (?:disabled|required).{0,60}|"
    r"(?:main |top |lead )?(?:photo|image|picture|圖|圖片|照片|攝影|資料照)s?\s*(?:credits?)?\s*[:：／/].{0,60}|"
    r"[\w.+-]+@[\w-]+\.[\w.]+|(?:https?://|www\.)?(?:twitter|x|facebook|instagram)\.com/\S+|@\w{2,30}|"
    r"\((?:photo|image)[^)]{0,60}\)|[（(](?:圖|攝影|照片)[^）)]{0,40}[）)]|"
    r"(?:getty images|ap photo|reuters|afp|istock|shutterstock)(?:/.{0,40})?|"
    # English bylines, alone or with a date: "By Jane Roe | Published June 28, 2023".
    r"(?:by|written by) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
    r"(?:,? (?:and|&) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})?(?:\s*[|·•,–-]\s*.{0,50})?|"
    # Chinese bylines on their own line: "〔記者王小明／台北報導〕", "記者王小明／台北報導".
    r"[〔\[【(（]?(?:[^\s／/]{0,8}記者[^／/\s]{1,8}[／/][^〕\]】)）\s]{1,12}|(?:文|撰文|編譯|圖文)[／/：:]\s*\S{1,12})"
    r"[〕\]】)）]?|"
    # Dates and times alone ("2023/06/28 10:21", "Published 10:21 AM").
    r"(?:published|updated|posted|發布時間|更新時間|發稿時間)?[:：\s]*"
    r"(?:\d{2,4}[/\-.年]\d{1,2}[/\-.月]\d{1,2}日?|(?=\d{1,2}:\d{2}))[\d:\s]*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?|"
    # English timestamps: "Published 4:00 am CST, Wednesday, November 20, 2019", "Updated Nov. 20, 2019 at 9:10 a.m."
    r"(?:(?:published|updated|posted|last updated)\b[:\s]*)?(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+(?:19|20)\d{2}(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?|"
    # Decorations and photo captions: "☆…☆", "▲…（圖／記者…攝）", "…（資料照）", "中央社記者攝".
    r"[☆★].{0,60}[☆★]|▲.{0,80}|.{0,60}[（(](?:圖|圖片|照片|攝影|資料照|翻攝|示意圖)[^）)]{0,30}[）)]|"
    r".{0,20}記者\S{0,6}攝|.{0,70}[（(][^（）()]{0,20}(?:攝|資料照|翻攝|提供|取自)[^（）()]{0,10}[）)]|"
    # In-body promotions: "Sign up for our newsletter…", "下載中時新聞網APP", "加入LINE好友".
    r"(?:sign up|subscribe (?:now|to|for)|click here|download (?:the|our) app|follow us on)\b.{0,100}|"
    r".{0,30}(?:下載|加入|追蹤|訂閱|按讚).{0,12}(?:APP|App|app|粉絲團|粉絲專頁|LINE|Line|好友|頻道|電子報).{0,30}|"
    # Chinese portal furniture: editor and source lines, corrections links, gallery and pagination.
    r"[（(]?(?:责编|責編|责任编辑|責任編輯|编辑|編輯|本文来源|本文來源|来源|來源|原标题|原標題|校对|校對|审核|審核|"
    r"监制|監製|主编|主編)\s*[:：].{0,40}?[）)]?[\d\s]{0,10}|"
    r"【?(?:纠错|糾錯|打印|列印|关闭|關閉|收藏|返回顶部|返回頂部|回到顶部|回到頂部|加载更多|載入更多|查看更多|"
    r"图集|圖集|组图|組圖|点击进入.{0,20}|點擊進入.{0,20}|详细|詳細)】?|"
    r"(?:上一[页頁篇]|下一[页頁篇]|首[页頁]|尾[页頁]|末[页頁])(?:[:：].{0,40})?|(?:[【\[]\d{1,3}[】\]]\s*){2,}|\d{1,3}(?:\s+\d{1,3}){2,}|"
    r"[^\w\u3400-\u9fff]{0,3}\d{0,3}[^\w\u3400-\u9fff]{0,3}"
    r")[】\]]?\s*[.:：]?$", re.I)



# Headings that end an article: related stories, recommendations, comment threads.
_SECTION_END = re.compile(
    _BULLETS + r"(?:related(?: stories| articles| coverage| posts| content)?|more (?:stories|from [\w .'-]{1,30}|on this story)|"
    r"recommended(?: for you| stories)?|you (?:may|might) also like|read (?:more|next)|most (?:popular|read)|"
    r"trending(?: now| stories)?|comments?(?: \(\d+\))?|\d+ comments?|leave a (?:comment|reply)|join the conversation|"
    r"延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|相關閱讀|相关阅读|推薦閱讀|推荐阅读|熱門新聞|热门新闻|"
    r"熱門推薦|热门推荐|精彩推薦|精彩推荐|精彩圖集|精彩图集|猜你喜歡|猜你喜欢|你可能也喜歡|你可能还喜欢|看更多|更多新聞|更多新闻|"
    r"網友評論|网友评论|熱門評論|热门评论|最新評論|最新评论|讀者回應|读者回应|我要評論|我要评论|發表評論|发表评论|"
    # A bare 評論 is also an opinion-section label: only with a count ("12則留言", "评论(3)", "已有5条评论").
    r"(?:已有|共)?\d+\s*(?:條|条|則|则|个|個)?(?:評論|评论|留言|回應|回应)|(?:評論|评论|留言)\s*[（(]\d+[）)])"
    r"\s*[:：>»›]*\s*$", re.I)
_TAIL_SHARE = 0.4  # a section heading ends the article only this far from its start (share of its text)


def keep_line(line: Line) -> bool:
    """False for lines that are furniture: link lists, credits, 'Advertisement', bylines."""
    if line.table is not None:
        return True
    n = len(line.text)
    if line.link_chars > 0.5 * n:
        return False
    return not (n <= 120 and _JUNK_LINE.match(line.text))


def starts_section(text: str) -> bool:
    """True for a heading that opens a related-stories, recommendations or comments section."""
    return len(text) <= 24 and bool(_SECTION_END.match(text))


def _teaser(line: Line) -> bool:
    """A line of a related-stories list or comment thread: short (a headline), or mostly link text."""
    return line.table is None and (_weighted(line.text) <= 100 or line.link_chars > 0.5 * len(line.text))


def _weighted(text: str) -> int:
    return len(text) + 2 * len(_CJK_RE.findall(text))  # a CJK character carries about a word


def _cut_tail(lines: list[Line]) -> list[Line]:
    """Drop a related-stories or comments section at the end: from a heading that names one, when it
    comes after the first ``_TAIL_SHARE`` of the text and every line after it is a teaser (short or
    mostly links). A mid-article "延伸閱讀" list followed by more paragraphs is left to the link filter."""
    total = sum(len(ln.text) for ln in lines)
    seen = 0
    for i, line in enumerate(lines):
        if (line.table is None and seen >= _TAIL_SHARE * total and starts_section(line.text)
                and all(_teaser(ln) for ln in lines[i + 1:])):
            return lines[:i]
        seen += len(line.text)
    return lines


def filter_lines(lines: list[Line]) -> list[Line]:
    """The lines of the article: furniture lines dropped, a trailing related or comments section cut."""
    return [ln for ln in _cut_tail(lines) if keep_line(ln)]
