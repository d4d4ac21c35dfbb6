/// The one stylesheet of the handout and the receipt, put inline in each page (the page's
/// Content-Security-Policy allows exactly this text, by its hash).
///
/// On a screen: one calm column that reflows down to a phone's width (a word too long for the line,
/// such as an address, is broken rather than pushing the page sideways), dark text on light, or light
/// on dark where the browser asks for a dark theme, the QR codes black on white in both. On paper
/// (A4 or US Letter, whichever the printer has): black on white, no backgrounds, a step kept on one
/// page where it fits, and each address written out beside its link. The print is set close so the
/// built-in guide takes few sheets in any language, with the instructions in 9.5 pt: each step's text
/// runs in two columns under its heading (shorter lines read better at that size and leave less space
/// at the ends of paragraphs), a menu path runs on as a line, the region notes and what is not verified
/// are a little smaller, the QR codes 20 mm wide (a phone reads them; the tests decode them from the
/// PDF at 150 dpi), and the sources run in three columns in small type.
enum HandoutStyle {
    static let css = """
        :root{color-scheme:light dark;--ink:#1d1d1f;--paper:#fff;--soft:#54585e;--rule:#cfd3d8;--accent:#0b5394;--wash:#f3f5f7;--warn:#9a4a00}
        @media (prefers-color-scheme:dark){:root{--ink:#e9eaec;--paper:#151618;--soft:#a9aeb5;--rule:#3b3e43;--accent:#8ec3ff;--wash:#1f2124;--warn:#ffb166}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:var(--paper);color:var(--ink);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;overflow-wrap:anywhere}
        main{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 3rem}
        h1{font-size:1.8rem;line-height:1.2;margin:0 0 .6rem;letter-spacing:-.01em}
        h2{font-size:1.25rem;line-height:1.3;margin:2.5rem 0 .75rem}
        h3{font-size:1rem;margin:1rem 0 .25rem}
        p,ul,ol{margin:.5rem 0}
        ul,ol{padding-left:1.5rem}
        li{margin:.2rem 0}
        a{color:var(--accent)}
        .meta{color:var(--soft);margin:.15rem 0}
        .howto{margin-top:1rem;padding:.6rem .9rem;border:1px solid var(--rule);border-radius:6px}
        .warning{margin:1rem 0;padding:.6rem .9rem;border-left:4px solid var(--warn);background:var(--wash)}
        .purpose{font-size:1.08rem;margin-top:1.25rem}
        .step{margin-top:2rem;padding-top:1.25rem;border-top:1px solid var(--rule)}
        .step>h2{display:flex;gap:.75rem;align-items:flex-start;margin:0 0 .6rem}
        .tick{flex:none;width:1.15rem;height:1.15rem;margin-top:.15rem;border:2px solid currentColor;border-radius:3px}
        .position{display:block;font-size:.78rem;font-weight:600;color:var(--soft);letter-spacing:.04em;text-transform:uppercase}
        .optional{font-weight:normal;color:var(--soft)}
        .label{font-weight:600}
        .path{display:flex;flex-wrap:wrap;list-style:none;padding:0;margin:.25rem 0 .6rem}
        .path li{margin:0}
        .path li+li::before{content:"\\2192";padding:0 .45rem;color:var(--soft)}
        .choices li{margin:.35rem 0}
        .platforms{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:0 1.75rem}
        .platform h3{margin-top:.75rem}
        .link{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin:.9rem 0;padding:.75rem;border:1px solid var(--rule);border-radius:6px}
        .qr{flex:none;display:block;width:11rem;height:11rem;background:#fff}
        .link-text{flex:1 1 14rem;min-width:0}
        .link-text p{margin:.2rem 0}
        .url{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere}
        .notes p{margin:.4rem 0}
        .unverified{padding-left:.75rem;border-left:3px solid var(--rule)}
        .cites{font-size:.85rem;color:var(--soft)}
        .cites a{color:inherit}
        .sources{font-size:.9rem}
        .sources li{margin:.35rem 0;overflow-wrap:anywhere}
        .status-line{font-weight:600}
        .record li{margin:.3rem 0}
        .steps{list-style:none;padding:0}
        .steps li{display:flex;gap:.6rem;align-items:flex-start;margin:.45rem 0}
        .steps .tick{display:inline-flex;align-items:center;justify-content:center;font-size:.8rem;line-height:1;font-weight:700}
        .steps p{margin:0}
        .steps .detail{color:var(--soft);font-size:.92em}
        @media (max-width:30rem){main{padding:1.5rem 1rem 2rem}h1{font-size:1.5rem}.qr{width:10rem;height:10rem}}
        @media print{
        :root{--ink:#000;--paper:#fff;--soft:#333;--rule:#999;--accent:#000;--wash:#fff;--warn:#000}
        @page{margin:7mm 8mm}
        body{font-size:9.5pt;line-height:1.17}
        main{max-width:none;padding:0}
        h1{font-size:16pt;margin-bottom:.2rem}
        h2{font-size:11pt;margin:.7rem 0 .25rem}
        h3{font-size:9.5pt;margin:.25rem 0 0}
        p,ul,ol{margin:.08rem 0}
        ul,ol{padding-left:1.3rem}
        li{margin:0}
        .meta{margin:0}
        .choices li{margin:0}
        .purpose{font-size:11pt;margin-top:.4rem}
        .howto{margin:.4rem 0 .5rem;padding:.2rem .5rem;border-color:#999}
        .warning{padding:.3rem .6rem;border:1px solid #000;border-left-width:3px}
        .step{orphans:1;widows:1;columns:2;column-gap:6mm;margin-top:.3rem;padding-top:.25rem;break-inside:avoid;page-break-inside:avoid}
        .step>h2{column-span:all;display:block;margin:0 0 .15rem;line-height:1.2}
        .tick{display:inline-block;vertical-align:-.1em;margin:0 .45rem 0 0;width:.95rem;height:.95rem;border-width:1.5px}
        .step>h2>span:last-child{display:inline}
        .position{display:inline;font-size:8pt;margin-right:.5rem}
        h2,h3,.label{break-after:avoid;page-break-after:avoid}
        .platforms{display:block}
        .platform h3{display:inline;margin:0 .5rem 0 0}
        p.label:has(+.path){display:inline;margin-right:.35rem}
        p.label:has(+.path)::after{content:":"}
        .path{display:inline;margin:0}
        .path li{display:inline}
        .path li+li::before{content:" \\2192\\a0";padding:0}
        a{color:#000;text-decoration:none}
        .link{flex-wrap:nowrap;gap:.5rem;margin:.3rem 0;padding:.25rem .4rem;break-inside:avoid}
        .link-text{flex:1 1 auto}
        .link-text p{margin:.05rem 0}
        .link-text p.label{display:inline;margin-right:.35rem}
        .link-text p.label::after{content:":"}
        .link-text p.label+p{display:inline}
        .link-text .url{display:block}
        .qr{width:20mm;height:20mm}
        .url{font-size:8pt}
        .unverified{padding-left:.5rem}
        .cites{font-size:7pt;line-height:1.15}
        .caveats{columns:2;column-gap:7mm}
        .caveats li{break-inside:avoid}
        .sources{font-size:7pt;line-height:1.15;columns:3;column-gap:5mm;padding-left:1.2rem}
        .sources .url{font:inherit}
        .sources li{margin:0 0 .1rem;break-inside:avoid}
        .notes,.unverified{font-size:9pt}
        .notes p{margin:0 0 .06rem}
        .steps li{margin:.2rem 0;break-inside:avoid}
        }
        """
}
