"""Published dates on real Chinese pages (issue 13): bylines, labels, CMS meta tags, URLs; never furniture.

The pages are saved real pages or trimmed skeletons of them (tests/fixtures/dates, README there); each
test damages a copy so that only one kind of evidence is left, and checks the date read from it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.ingest.dates import date_from_url
from extractor.ingest.html import parse_html

FIX = Path(__file__).parent / "fixtures"
INDEX = json.loads((FIX / "dates/index.json").read_text(encoding="utf-8"))


def _page(name: str) -> str:
    return (FIX / "dates" / name).read_text(encoding="utf-8")


def _published(html: str, url: str | None = None) -> str | None:
    value = parse_html(html, url=url).meta.published
    return value[:10] if value else None


@pytest.mark.parametrize("name", sorted(INDEX))
def test_real_page_date_as_saved(name):
    assert _published(_page(name), INDEX[name]["url"]) == INDEX[name]["published"]


def test_labelled_date_at_the_foot_beats_an_event_date_in_the_body():
    html = _page("zh_zsnews_2019.html")  # body opens "2019年2月27日下午，…"; foot says 发布日期：2019-03-06
    assert "2019年2月27日" in parse_html(html).text
    assert _published(html) == "2019-03-06"


def test_byline_date_under_the_headline_without_any_metadata():
    people = re.sub(r'<meta name="publishdate"[^>]*>', "", _page("../layouts/zh_people_2019.html"))
    assert _published(people) == "2019-06-15"  # "2019年06月15日08:18 来源：人民网-文化频道"
    ne = re.sub(r'<meta property="article:published_time"[^>]*>', "", _page("zh_163_2019.html"))
    assert _published(ne) == "2019-09-07"  # "2019-09-07 09:59:22　来源: 网易体育"


def test_dates_of_teasers_and_hot_lists_are_never_the_articles():
    stcn = _page("zh_stcn_2019.html").replace('<div class="info">2019-09-26 12:11', '<div class="info">')
    stcn = re.sub(r"var publishdate = '[^']*';", "", stcn)
    assert _published(stcn) is None  # only 为你推荐 teasers (2019-09-30) and ranking links are left
    xinhua = re.sub(r'<span class="h-time">[^<]*</span>', "", _page("../layouts/zh_xinhuanet_2019.html"))
    assert _published(xinhua) is None  # only the 热帖 rail's publish-time (2018-03-02) is left


def test_copyright_years_and_an_archive_calendar_are_not_dates():
    html = re.sub(r'<span class="h-time">[^<]*</span>', "", _page("../layouts/zh_xinhuanet_2019.html"))
    calendar = ('<div class="calendar"><table><caption>2019年12月</caption><tr>' +
                "".join(f"<td><a href='/archive/2019-12-{d:02d}'>{d}</a></td>" for d in range(1, 8)) + "</tr></table></div>")
    html = html.replace('<div class="footer">', calendar + '<div class="footer"><p>Copyright © 2000-2019 新华网</p>')
    assert _published(html) is None


def test_chinese_cms_meta_tags_are_read():
    base = re.sub(r'<meta property="article:published_time"[^>]*>', "", _page("zh_163_2019.html"))
    base = base.replace("2019-09-07 09:59:22", "")  # no byline either
    for tag in ('<meta name="weibo: article:create_at" content="2019-09-07 09:59:22" />',
                '<meta property="og:release_date" content="2019-09-07 09:59" />',
                '<meta name="apub:time" content="2019/09/07 09:59:22" />'):
        assert _published(base.replace("</head>", tag + "</head>")) == "2019-09-07", tag


def test_update_label_is_used_only_without_a_publication_date():
    html = _page("zh_zsnews_2019.html")
    both = html.replace("发布日期：", "更新時間：2019-03-08 10:00 發布時間：")
    assert _published(both) == "2019-03-06"
    only_update = html.replace("发布日期：", "更新时间：").replace("2019年2月27日下午，", "")
    assert _published(only_update) == "2019-03-06"  # the labelled update date, for want of anything better


@pytest.mark.parametrize("url,want", [
    ("http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html", "2019-06-15"),
    ("http://kuaixun.stcn.com/2019/0926/15409036.shtml", "2019-09-26"),
    ("http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm", "2019-12-10"),
    ("https://udn.com/news/story/7325/2551489", None),
])
def test_dates_in_chinese_portal_urls(url, want):
    assert date_from_url(url) == want
