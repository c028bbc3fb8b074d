package dev.fixer.runner.report;

/** The head and foot every report page shares: inline CSS and a little inline JS, nothing fetched. */
final class PageStyle {

  private static final String CSS = """
      :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);margin:0 auto;max-width:1200px;padding:16px 24px}
      h1{font-size:22px;margin:8px 0}h2{font-size:17px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:28px}
      pre{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-word;font:12px/1.4 ui-monospace,monospace;max-height:480px}
      code{font:12px ui-monospace,monospace}.muted,.meta{color:var(--muted)}
      .status{display:inline-block;border-radius:12px;padding:1px 10px;font-weight:600;color:#fff;background:var(--muted)}
      .status-fixed,.status-resolved{background:var(--ok)}.status-not_fixed,.status-failed,.status-error,.status-unresolved{background:var(--bad)}.status-unverified,.status-running{background:var(--warn)}
      dl.figures{display:flex;flex-wrap:wrap;gap:4px 24px;margin:8px 0}dl.figures div{display:flex;gap:6px}dt{color:var(--muted)}dd{margin:0;font-weight:600}
      .note{border-left:4px solid var(--warn);background:#fff8c5;padding:6px 10px}
      article.step{border:1px solid var(--line);border-radius:6px;padding:6px 12px;margin:10px 0}
      article.step h3{font-size:15px;margin:4px 0}details{margin:4px 0}summary{cursor:pointer}
      details.call>summary code.tool{font-weight:600}details.call.failed>summary code.tool{color:var(--bad)}
      .truncated{color:var(--warn);font-size:12px}
      .diff .add{color:var(--ok);background:#dafbe1;display:block}.diff .del{color:var(--bad);background:#ffebe9;display:block}
      .diff .hunk{color:#8250df;display:block}.diff .file{font-weight:700;display:block}
      ul.transitions li .kind{display:inline-block;min-width:90px;font-weight:600}
      .fail_to_pass .kind,.new_pass .kind{color:var(--ok)}.pass_to_fail .kind,.fail_to_fail .kind,.new_fail .kind{color:var(--bad)}
      table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}th[data-sort]{cursor:pointer;user-select:none}th[data-sort]:after{content:" ⇅";color:var(--muted)}
      svg.chart{width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:#fff}
      .legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}
      """;

  private static final String SCRIPT = """
      document.querySelectorAll('button[data-open]').forEach(b=>b.addEventListener('click',()=>{
        const open=b.dataset.open==='1';document.querySelectorAll('#timeline details').forEach(d=>d.open=open);}));
      document.querySelectorAll('th[data-sort]').forEach((th,col)=>th.addEventListener('click',()=>{
        const body=th.closest('table').tBodies[0],num=th.dataset.sort==='num',dir=th.dataset.dir==='asc'?-1:1;
        th.dataset.dir=dir===1?'asc':'desc';const idx=[...th.parentNode.children].indexOf(th);
        const key=r=>{const v=r.children[idx].dataset.v??r.children[idx].textContent;return num?parseFloat(v)||0:v.toLowerCase();};
        [...body.rows].sort((a,b)=>{const x=key(a),y=key(b);return (x>y?1:x<y?-1:0)*dir;}).forEach(r=>body.appendChild(r));}));
      """;

  private PageStyle() {}

  static Html open(String title) {
    return Html.page().raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        + " script-src 'unsafe-inline'; img-src data:\"><title>").esc("fixer: " + title)
        .raw("</title><style>" + CSS + "</style></head><body>\n");
  }

  static String close(Html page) {
    return page.raw("<script>" + SCRIPT + "</script>\n</body></html>\n").toString();
  }
}
