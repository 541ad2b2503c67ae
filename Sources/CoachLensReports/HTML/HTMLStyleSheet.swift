/// The style sheet every CoachLens page inlines: readable on screen, clean on paper (colours kept when printed).
enum HTMLStyleSheet {
    static let css = """
    :root{--ink:#1d2433;--muted:#5b6475;--line:#dde2ea;--bg:#f4f6fa;--card:#fff;--accent:#1f4e99;
    --good:#23784a;--warn:#a8650f;--bad:#b42318;--mark:#ffe08a}
    *{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{margin:0;background:var(--bg);color:var(--ink);
    font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
    header{background:var(--accent);color:#fff;padding:22px 32px}
    header h1{margin:0;font-size:26px;font-weight:700}header p{margin:4px 0 0;opacity:.9}
    main{max-width:1180px;margin:0 auto;padding:22px 28px}
    footer{max-width:1180px;margin:0 auto 24px;padding:0 28px;color:var(--muted);font-size:12px}
    section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:0 0 18px}
    h2{font-size:20px;margin:0 0 4px}h3{font-size:15px;margin:18px 0 6px}
    .lead{color:var(--muted);margin:0 0 12px}
    .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:10px;margin:8px 0}
    .tile{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:8px;padding:8px 12px;background:#fbfcfe}
    .tile b{display:block;font-size:24px;line-height:1.2}.tile span{color:var(--muted);font-size:13px}
    .tile.bad{border-left-color:var(--bad)}.tile.warn{border-left-color:var(--warn)}.tile.good{border-left-color:var(--good)}
    .tile.bad b{color:var(--bad)}.tile.warn b{color:var(--warn)}.tile.good b{color:var(--good)}
    .key{margin:0;padding-left:20px}.key li{margin:3px 0}
    table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
    th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
    th{background:#eef1f7;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    mark{background:var(--mark);color:inherit;padding:0 2px;border-radius:2px;font-weight:600}
    .evidence{list-style:none;padding:0;margin:4px 0 10px}
    .evidence li{border-left:3px solid var(--line);padding:3px 10px;margin:5px 0;background:#fafbfd}
    .evidence li.bad{border-left-color:var(--bad)}.evidence li.warn{border-left-color:var(--warn)}
    .evidence li.good{border-left-color:var(--good)}
    .doc{color:var(--muted);font-size:12px;font-family:ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
    .note{color:var(--muted);font-style:italic}.muted{color:var(--muted)}
    .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;white-space:nowrap}
    .badge.bad{background:#fde3e0;color:var(--bad)}.badge.warn{background:#fcefd6;color:var(--warn)}
    .badge.good{background:#dcf1e4;color:var(--good)}.badge.neutral{background:#e8ecf3;color:var(--muted)}
    .grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:18px}
    figure{margin:8px 0}figcaption{color:var(--muted);font-size:12px;margin-top:2px}
    svg{max-width:100%;height:auto;display:block}svg text{font-size:12px;fill:var(--ink)}
    .next{border:2px solid var(--accent);background:#f3f7ff}
    .next ol{margin:6px 0 0;padding-left:22px}.next li{margin:8px 0}.next li b{font-size:16px}
    .angle{display:block;color:var(--ink)}.why{display:block;color:var(--muted);font-size:13px}
    @media print{body{background:#fff;font-size:12px}header{background:#fff;color:var(--ink);border-bottom:3px solid var(--accent);padding:8px 0}
    main{padding:8px 0;max-width:none}section{border:none;border-top:1px solid var(--line);border-radius:0;padding:10px 0;break-inside:avoid-page}
    .grid2{display:block}}
    """
}
