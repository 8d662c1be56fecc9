/**
 * The report page's own style and script, inlined (the file opens without
 * network access). The script holds no report data: it records page errors
 * into `data-errors` on <html> (what the browser test reads), toggles a span's
 * attributes on click and filters the waterfall rows by name.
 */
import { createHash } from 'node:crypto';

export const STYLE = `
:root{--ok:#1a7f37;--fail:#cf222e;--err:#9a6700;--skip:#6e7781;--runner:#0969da;--sut:#8250df;--fault:rgba(207,34,46,.14);--line:#d0d7de}
*{box-sizing:border-box}body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 6px}h3{font-size:14px;margin:12px 0 4px}
code,.mono{font:12px/1.4 ui-monospace,monospace}.muted{color:#57606a}
.badge{display:inline-block;padding:0 6px;border-radius:9px;color:#fff;font-size:12px}
.pass{background:var(--ok)}.fail{background:var(--fail)}.error{background:var(--err)}.skipped{background:var(--skip)}
.meta{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0}
table{border-collapse:collapse;margin:4px 0}td,th{border:1px solid var(--line);padding:2px 6px;text-align:left;vertical-align:top}
.scenario{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:12px 0}
.v-ok{color:var(--ok)}.v-fail{color:var(--fail)}
.waterfall{position:relative;margin:6px 0;border-top:1px solid var(--line)}
.lane{position:absolute;top:0;bottom:0;left:34%;right:56px;pointer-events:none}
.fault-window{position:absolute;top:0;bottom:0;background:var(--fault);border-left:2px solid var(--fail);border-right:1px dashed var(--fail)}
.fault-window.ineffective{background:rgba(110,119,129,.12);border-color:var(--skip)}
.fault-window span{position:absolute;bottom:0;left:2px;background:rgba(255,255,255,.8);font-size:10px;color:var(--fail);white-space:nowrap}
.span-row,.axis,.samples{display:flex;align-items:center;min-height:20px;border-bottom:1px solid #eaeef2;cursor:pointer}
.axis,.samples{cursor:default}
.span-row:hover{background:#f6f8fa}
.label{width:34%;flex:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font:12px ui-monospace,monospace}
.track{position:relative;flex:1;height:16px;margin-right:56px}
.bar{position:absolute;top:3px;height:10px;min-width:2px;border-radius:2px;background:var(--runner)}
.bar.sut{background:var(--sut)}.bar.ERROR{outline:2px solid var(--fail)}
.dur{position:absolute;top:0;font-size:10px;color:#57606a;white-space:nowrap;padding-left:4px}
.tick{position:absolute;top:0;font-size:10px;color:#57606a;border-left:1px solid var(--line);padding-left:2px;height:16px}
.sample{position:absolute;top:4px;width:8px;height:8px;margin-left:-4px;border-radius:50%;background:var(--ok)}
.sample.bad{background:var(--fail)}
.span-attrs{margin:0 0 4px 34%;font:11px ui-monospace,monospace;background:#f6f8fa;padding:4px 8px;white-space:pre-wrap;word-break:break-all}
.legend span{margin-right:14px}.legend i{display:inline-block;width:12px;height:10px;margin-right:4px;vertical-align:middle}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:6px;margin:4px 0}
input.filter{font:13px system-ui;padding:2px 6px;width:260px}
`;

export const SCRIPT = `(function(){
var root=document.documentElement,errors=[];
function record(m){errors.push(String(m));root.setAttribute('data-errors',String(errors.length));root.setAttribute('data-error-messages',errors.join(' | '));}
window.addEventListener('error',function(e){record(e.message||'error');});
window.addEventListener('unhandledrejection',function(e){record('unhandled rejection: '+e.reason);});
var consoleError=console.error;console.error=function(){record(Array.prototype.join.call(arguments,' '));consoleError.apply(console,arguments);};
document.addEventListener('click',function(e){var row=e.target.closest&&e.target.closest('.span-row');if(!row)return;var next=row.nextElementSibling;if(next&&next.classList.contains('span-attrs'))next.hidden=!next.hidden;});
var filter=document.querySelector('input.filter');
if(filter)filter.addEventListener('input',function(){var q=filter.value.toLowerCase();document.querySelectorAll('.span-row').forEach(function(r){r.hidden=q!==''&&r.getAttribute('data-name').toLowerCase().indexOf(q)<0;});});
root.setAttribute('data-rows',String(document.querySelectorAll('.span-row').length));
root.setAttribute('data-fault-windows',String(document.querySelectorAll('.fault-window').length));
root.setAttribute('data-errors',String(errors.length));
root.setAttribute('data-ready','true');
})();`;

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * Nothing but the page's own script runs and nothing is fetched: an injected
 * <script> or event handler (were escaping ever to miss one) is refused by the browser.
 */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${hash(SCRIPT)}`;
