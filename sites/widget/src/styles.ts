/**
 * One stylesheet for every element, adopted by each shadow root (a constructable stylesheet: no
 * <style> element and no style attribute, so a strict style-src needs no 'unsafe-inline').
 * Partners theme it with the --wayout-* custom properties and ::part().
 * List rows have a fixed height (text is clamped), and so have a list's heading (one line) and
 * its "more" link, so the space reserved before the data arrives (6.4em + 2px + rows × row) is
 * the space the data takes.
 */
export const css = `
:host{--wayout-font:inherit;--wayout-text:#1a1a1a;--wayout-muted:#4a4f57;--wayout-background:#fff;--wayout-accent:#1d3c6e;--wayout-border:#d5d9e0;--wayout-radius:.5rem;--wayout-row:6.6em;--wayout-rows:5;
display:block;box-sizing:border-box;contain:content;font:1rem/1.4 var(--wayout-font);color:var(--wayout-text);background:var(--wayout-background);border:1px solid var(--wayout-border);border-radius:var(--wayout-radius);padding:1em;min-height:calc(6.4em + 2px + var(--wayout-rows)*var(--wayout-row))}
:host([theme=dark]){--wayout-text:#f1f3f6;--wayout-muted:#c3c9d2;--wayout-background:#14181f;--wayout-accent:#9cc0ff;--wayout-border:#3a414d}
:host([hidden]){display:none}
:host(wayout-subscribe){--wayout-rows:2}
*{box-sizing:border-box}
h2,h3{margin:0 0 .5em;line-height:1.25;font-size:1.25em}
section:has(.rows)>[part=heading]{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
h3{font-size:1.05em;margin-top:1em}
p{margin:0 0 .75em}
a{color:var(--wayout-accent);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible{outline:2px solid var(--wayout-accent);outline-offset:2px}
ul{list-style:none;margin:0;padding:0}
.rows>li{height:var(--wayout-row);overflow:hidden;padding:.5em 0;border-top:1px solid var(--wayout-border)}
.rows>li:first-child{border-top:0}
.title{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;font-weight:600}
.summary{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;margin:0}
.meta,.status{color:var(--wayout-muted);font-size:.875em;margin:0}
.bullets{list-style:disc;padding-inline-start:1.25em}
.bullets li{margin:.25em 0}
dl{margin:1em 0 0;display:grid;grid-template-columns:max-content 1fr;gap:.25em 1em}
dt{font-weight:600}
dd{margin:0}
.more{display:block;width:max-content;max-width:100%;margin-top:.75em;line-height:1.4}
form{display:grid;gap:.6em}
label{font-weight:600}
input[type=email]{font:inherit;padding:.5em;border:1px solid var(--wayout-muted);border-radius:.25em;background:var(--wayout-background);color:var(--wayout-text)}
.consent{display:flex;gap:.5em;align-items:flex-start;font-weight:400}
button{font:inherit;font-weight:600;padding:.55em 1.1em;border:0;border-radius:.25em;background:var(--wayout-accent);color:var(--wayout-background);cursor:pointer;justify-self:start}
button[disabled]{opacity:.7;cursor:progress}
.trap{position:absolute;left:-100vw;width:1px;height:1px;overflow:hidden}
`
