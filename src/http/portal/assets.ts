/** The portal's one stylesheet (served from /assets/portal.css: no inline styles, so the CSP can forbid them). */
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:100%;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
a{color:#0a4f96}
a:hover{color:#06325f}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem}
header,main,footer{padding:0 1rem;max-width:50rem;margin:0 auto}
header{border-bottom:1px solid #d4d4d4;padding-top:.75rem;padding-bottom:.5rem}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:#1b1b1b}
nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav a{display:inline-block;padding:.35rem 0;min-height:44px;line-height:2}
nav a[aria-current]{font-weight:700;color:#1b1b1b}
.lang ul{gap:.25rem .75rem;font-size:.95rem}
h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .75rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
form.search{display:grid;gap:.5rem;margin:1rem 0;padding:1rem;background:#f3f6f9;border:1px solid #cfd8e3;border-radius:.5rem}
label{font-weight:600}
input,select,button{font:inherit;min-height:44px;padding:.4rem .6rem;border:1px solid #6b7280;border-radius:.35rem;background:#fff;color:#1b1b1b;width:100%}
button{background:#0a4f96;color:#fff;border-color:#0a4f96;font-weight:600;cursor:pointer}
button:hover{background:#06325f}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
.card{border:1px solid #d4d4d4;border-radius:.5rem;padding:.75rem 1rem}
.meta{color:#4b5563;font-size:.95rem;margin:.25rem 0}
.tag{display:inline-block;background:#eef2f7;color:#1f2937;border-radius:1rem;padding:0 .6rem;margin:0 .25rem .25rem 0;font-size:.9rem}
dl{display:grid;grid-template-columns:1fr;gap:.25rem 1rem}
dt{font-weight:600;margin-top:.5rem}
dd{margin:0;white-space:pre-line}
.empty{padding:1rem;background:#fff8e6;border:1px solid #e5c07b;border-radius:.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem}
caption{text-align:left;font-weight:700;font-size:1.05rem;padding:.25rem 0}
th,td{border-bottom:1px solid #d4d4d4;padding:.3rem .5rem;text-align:left;vertical-align:top}
td{text-align:right;white-space:nowrap}
thead th{border-bottom:2px solid #6b7280}
figure{margin:1.25rem 0}
figure img{display:block;max-width:100%;height:auto;border:1px solid #d4d4d4}
figcaption{margin:.35rem 0;color:#4b5563;font-size:.95rem}
details{margin:.25rem 0 1rem}
summary{cursor:pointer;min-height:44px;padding:.6rem 0;color:#0a4f96}
.error{margin:0;padding:.5rem .75rem;background:#fdecea;border:1px solid #b42318;border-radius:.35rem;color:#7a1a12}
footer{border-top:1px solid #d4d4d4;margin-top:2rem;padding-top:1rem;padding-bottom:2rem;color:#4b5563;font-size:.95rem}
@media (min-width:40rem){form.search{grid-template-columns:repeat(2,1fr)}form.search .wide{grid-column:1/-1}dl{grid-template-columns:12rem 1fr}dt{margin-top:0}}
`;
