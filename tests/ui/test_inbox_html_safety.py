"""The HTML sanitiser on its own (no Qt): what it keeps, what it drops, and that it never fails."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.ui.inbox.html_safety import ALLOWED_TAGS, sanitize_html


def test_scripts_styles_and_their_content_go():
    safe = sanitize_html("<p>Hi</p><script>alert('x')</script><style>p{color:red}</style><p>there</p>")
    assert safe.html == "<p>Hi</p><p>there</p>"


def test_text_stays_text():
    safe = sanitize_html("<p>a &lt;b&gt; &amp; 5 &gt; 3 「注文」</p>")
    assert safe.html == "<p>a &lt;b&gt; &amp; 5 &gt; 3 「注文」</p>"


def test_event_handlers_and_unknown_attributes_go():
    safe = sanitize_html('<p onclick="x()" class="c" style="color: red" ONMOUSEOVER=y()>t</p>')
    assert safe.html == '<p style="color: red">t</p>'


def test_links_keep_web_and_mail_addresses_only():
    safe = sanitize_html(
        '<a href="https://shop.example/?a=1&amp;b=2">ok</a>'
        '<a href="mailto:help@shop.example">mail</a>'
        '<a href="#top">top</a>'
        '<a href="javascript:alert(1)">js</a>'
        '<a href="  JaVaScRiPt:alert(1)">js2</a>'
        '<a href="java&#x09;script:alert(1)">js3</a>'
        '<a href="data:text/html,x">data</a>'
        '<a href="file:///etc/passwd">file</a>'
    )
    assert safe.html == (
        '<a href="https://shop.example/?a=1&amp;b=2">ok</a>'
        '<a href="mailto:help@shop.example">mail</a>'
        '<a href="#top">top</a>'
        "<a>js</a><a>js2</a><a>js3</a><a>data</a><a>file</a>"
    )


def test_images_only_from_the_message_itself():
    safe = sanitize_html(
        '<img src="http://tracker.example/p.gif"><img src="cid:logo" alt="Logo">'
        '<img src="file:///etc/passwd" alt="pw"><img src="data:image/png;base64,AAAA"><img src="//cdn.example/x.png">'
    )
    assert safe.html == '<img src="cid:logo" alt="Logo">[pw]'
    assert safe.cid_images == ("logo",)
    assert safe.remote_images == 2  # http: and protocol-relative
    assert safe.blocked_other == 2  # file: and data:


def test_backgrounds_and_css_urls_are_blocked_and_counted():
    safe = sanitize_html(
        '<table background="https://bg.example/a.png"><tr>'
        '<td style="background: url(\'https://bg.example/b.png\') no-repeat; color: #333">x</td>'
        '<td style="width: expression(alert(1))">y</td></tr></table>'
    )
    assert "bg.example" not in safe.html
    assert 'style="background: none no-repeat; color: #333"' in safe.html
    assert "expression" not in safe.html
    assert safe.remote_images == 2


def test_forms_frames_and_objects_go_but_readable_text_stays():
    safe = sanitize_html(
        '<form action="https://evil.example/login"><label>Password</label><input name="pw" value="x">'
        "<button>Send</button><select><option>A</option></select></form>"
        '<iframe src="https://evil.example/frame">inside</iframe><object data="x.swf">obj</object>'
        "<textarea>typed</textarea>"
    )
    assert safe.html == "Password"


def test_document_wrappers_and_comments_go():
    safe = sanitize_html(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>'
        '<link rel="stylesheet" href="https://css.example/a.css"><base href="https://evil.example/">'
        "<body><!-- hidden --><p>本文</p><o:p>word</o:p></body></html>"
    )
    assert safe.html == "<p>本文</p>word"


def test_an_unclosed_head_does_not_swallow_the_body():
    safe = sanitize_html("<html><head><meta charset=utf-8><body><p>Hello</p>")
    assert safe.html == "<p>Hello</p>"


def test_nested_dropped_elements_end_where_they_should():
    safe = sanitize_html("<svg><svg><text>a</text></svg><text>b</text></svg><p>after</p>")
    assert safe.html == "<p>after</p>"


def test_attribute_values_are_escaped_again():
    safe = sanitize_html('<img src="cid:a&quot; onerror=&quot;x" alt="&lt;b&gt;">')
    assert safe.html == '<img src="cid:a&quot; onerror=&quot;x" alt="&lt;b&gt;">'


TOKENS = ["<", ">", "/", "=", '"', "'", " ", "\n", "&", "#", ";", "x", "9", "a", "on", "load", "click",
          "script", "<script>", "</script>", "style", "<img ", "src", "href", "cid:", "javascript:", "java\tscript:",
          "http://t.example/", "<a ", "<p>", "</p>", "<!--", "-->", "<iframe>", "</iframe>", "<![CDATA[", "]]>"]


class _Collector(HTMLParser):
    """Every start tag of a document with its attributes (to inspect the sanitiser's output)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_never_fails_and_never_lets_a_script_or_handler_through(source):
    safe = sanitize_html(source)
    found = _Collector()
    found.feed(safe.html)
    found.close()
    for tag, attrs in found.tags:
        assert tag in ALLOWED_TAGS
        for name, value in attrs:
            assert not name.startswith("on")
            if name in ("href", "src"):
                url = "".join((value or "").split()).lower()
                assert url.startswith(("http://", "https://", "mailto:", "#", "cid:")), (source, safe.html)


def test_sanitising_twice_changes_nothing_more():
    once = sanitize_html('<p onclick="x">a<script>b</script><img src="cid:c" alt="d"></p>').html
    assert once == '<p>a<img src="cid:c" alt="d"></p>'
    assert sanitize_html(once).html == once
