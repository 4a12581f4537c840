// The HTML report's fixed style sheet and script, kept apart from the markup code.
// kScript's SHA-256 is pinned in the page's Content-Security-Policy, so the browser runs
// this script and no other; tests/report/html_writer_test.cc recomputes the hash.
#ifndef CLAIMCHECK_REPORT_HTML_ASSETS_H_
#define CLAIMCHECK_REPORT_HTML_ASSETS_H_

namespace claimcheck::internal::html {

inline constexpr char kStyle[] = R"css(
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;
--c-fg:#a40e26;--c-bg:#ffebe9;--u-fg:#7a4a00;--u-bg:#fff3cd;--s-fg:#1a6a2c;--s-bg:#e6f4ea;
--k-fg:#59636e;--k-bg:#eef1f4;--m-bg:#cfe6ff;--x-bg:#ffc9c9;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;
--panel:#161b22;--line:#30363d;--c-fg:#ff9b9b;--c-bg:#3d1418;--u-fg:#f2cc60;--u-bg:#3a2c0a;
--s-fg:#7ee2a0;--s-bg:#0f2e1a;--k-fg:#9da7b3;--k-bg:#21262d;--m-bg:#1d3b5c;--x-bg:#6b1f26;
--focus:#79b8ff}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
header{padding:1rem 1.25rem;border-bottom:1px solid var(--line);background:var(--panel)}
h1{font-size:1.35rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:0 0 .75rem}
h3{font-size:1rem;margin:0 0 .5rem}
h4{font-size:.9rem;margin:.75rem 0 .25rem;color:var(--muted)}
.doc{margin:0 0 .5rem;color:var(--muted);overflow-wrap:anywhere}
.overall{display:inline-block;font-weight:600;padding:.2rem .6rem;border-radius:.4rem}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:.6rem 0 0}
.counts li{padding:.15rem .55rem;border-radius:1rem;font-size:.9rem}
.legend{font-size:.85rem;color:var(--muted);margin:.6rem 0 0}
main{display:grid;grid-template-columns:1fr;gap:1.25rem;padding:1.25rem;max-width:90rem;
margin:0 auto}
@media (min-width:60rem){main{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
#details{position:sticky;top:0;max-height:100vh;overflow:auto;padding-right:.25rem}}
#summary .text{white-space:pre-wrap;overflow-wrap:anywhere}
a.unit{color:inherit;text-decoration:none;border-radius:.25rem;padding:.05rem .1rem;
box-decoration-break:clone;-webkit-box-decoration-break:clone}
a.unit:hover{filter:brightness(.95)}
a.unit:focus-visible,a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.ico{font-weight:700;margin-right:.2rem}
.v-contradicted{background:var(--c-bg);color:var(--c-fg)}
.v-unsupported{background:var(--u-bg);color:var(--u-fg)}
.v-supported{background:var(--s-bg);color:var(--s-fg)}
.v-skipped{background:var(--k-bg);color:var(--k-fg)}
a.unit.v-contradicted{text-decoration:underline wavy;text-underline-offset:.2em}
a.unit.v-unsupported{text-decoration:underline dashed;text-underline-offset:.2em}
a.unit.v-skipped{font-style:italic}
a.unit .t{color:var(--fg)}
.card{border:1px solid var(--line);border-left-width:.4rem;border-radius:.4rem;
padding:.75rem 1rem;margin:0 0 .9rem;background:var(--bg);color:var(--fg)}
.card.v-contradicted{border-left-color:var(--c-fg)}
.card.v-unsupported{border-left-color:var(--u-fg)}
.card.v-supported{border-left-color:var(--s-fg)}
.card.v-skipped{border-left-color:var(--k-fg)}
.card h3{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem}
.card h3 .label{padding:.05rem .45rem;border-radius:.3rem}
.card .meta{font-weight:400;font-size:.85rem;color:var(--muted)}
.card:target,.card.active{box-shadow:0 0 0 3px var(--focus)}
.card .ut{margin:.25rem 0;color:var(--fg)}
.findings{margin:.4rem 0;padding-left:1.2rem}
blockquote{margin:.25rem 0;padding:.4rem .7rem;border-left:3px solid var(--line);
background:var(--panel);overflow-wrap:anywhere}
figure{margin:0 0 .5rem}
figcaption{font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
mark{color:inherit;border-radius:.15rem;padding:0 .05rem}
mark.m{background:var(--m-bg)}
mark.x{background:var(--x-bg);font-weight:700;text-decoration:underline wavy;
text-underline-offset:.2em}
.back{font-size:.85rem}
.none{color:var(--muted);font-style:italic}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
@media print{#details{position:static;max-height:none;overflow:visible}}
)css";

// Hovering or focusing a unit brings its card into view in the side panel (wide screens,
// where the panel scrolls by itself); a click follows the link to the card everywhere.
inline constexpr char kScript[] =
    "(function(){var w=window.matchMedia('(min-width:60rem)');"
    "function show(id){var c=document.getElementById(id);if(!c)return;"
    "var p=document.querySelector('.card.active');if(p)p.classList.remove('active');"
    "c.classList.add('active');if(w.matches)c.scrollIntoView({block:'nearest'});}"
    "document.querySelectorAll('a.unit').forEach(function(a){"
    "var id=a.getAttribute('href').slice(1);"
    "a.addEventListener('mouseenter',function(){show(id);});"
    "a.addEventListener('focus',function(){show(id);});});})();";

// base64(SHA-256(kScript)), for the Content-Security-Policy's script-src.
inline constexpr char kScriptSha256[] = "owS0HfBUAH31QBf+/YMGJCVt/x/IDDWK/MxkUpvHKnk=";

}  // namespace claimcheck::internal::html

#endif  // CLAIMCHECK_REPORT_HTML_ASSETS_H_
