// One self-contained HTML page (inline CSS and JS, no external URL) an auditor can
// open offline, filter by severity, rule and file (a batch has an index of its
// files), print, and mail back. Every piece of document
// text goes through escapeHtml; the script is static and reads no document text.
import { labels, type Labels } from '../i18n/labels.js';
import type { FileResult, RunResult, Finding, Location } from '../model/result.js';
import type { ReporterOptions } from './options.js';
import { documentIdentity, findingFingerprint, normalizeExcerpt } from './fingerprint.js';
import { fileAnchor, fileIndexHtml, ruleAndFileFilters } from './html-index.js';
import { splitExcerpt } from './span.js';
import { coordinates, describeLocation } from './where.js';
import type { Severity } from '../model/settings.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function escapeHtml(s: string): string {
  // control characters are not allowed in HTML text; they come from damaged documents
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root{--err:#b42318;--warn:#b54708;--info:#175cd3;--line:#d0d5dd;--muted:#667085}
*{box-sizing:border-box}
body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:60rem;padding:1.5rem;color:#101828}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem;word-break:break-all}
h3{font-size:1rem;margin:1.25rem 0 .5rem;color:#344054}
.generated{color:var(--muted);margin:0 0 1rem}
.summary dl{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0}.summary dt{color:var(--muted)}.summary dd{margin:0 0 0 .35rem;font-weight:600}
.summary div{display:flex}
.filters{margin:1rem 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:6px}
.filter-title{margin-right:1rem}
.filters label{margin-right:1rem;white-space:nowrap}.filters select{font:inherit;max-width:20rem}
.file-index table{border-collapse:collapse;width:100%;font-size:.9rem}.file-index th,.file-index td{border-bottom:1px solid var(--line);padding:.2rem .5rem;text-align:left}
.file-index td.count{text-align:right;width:4rem}.file-index td a{word-break:break-all}.file-index tr[data-status=error] .index-status{color:var(--err);font-weight:600}
.status{font-size:.85rem;font-weight:400;color:var(--muted);margin-left:.5rem}
.file-error{color:var(--err);font-weight:600}
.file-note{font-style:italic}
.finding{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:.6rem .9rem;margin:.6rem 0;break-inside:avoid}
.finding[data-severity=error]{border-left-color:var(--err)}.finding[data-severity=warning]{border-left-color:var(--warn)}.finding[data-severity=info]{border-left-color:var(--info)}
.badge{display:inline-block;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600}
.badge-error{background:var(--err)}.badge-warning{background:var(--warn)}.badge-info{background:var(--info)}
.rule{font-size:.85rem;margin:0 .5rem}.where{color:var(--muted);font-size:.9rem}
.message{margin:.35rem 0;font-weight:600;white-space:pre-line}
.excerpt{margin:.35rem 0;padding:.3rem .6rem;background:#f9fafb;border-radius:4px;white-space:pre-wrap;word-break:break-word}
mark{background:#fde68a;padding:0 .1rem;border-radius:2px}
.values{display:grid;grid-template-columns:max-content 1fr;gap:0 .75rem;margin:.35rem 0}.values dt{color:var(--muted)}.values dd{margin:0}
.related{margin:.35rem 0 0;padding-left:1.25rem}.related-title{font-size:.9rem;color:var(--muted);margin:.5rem 0 0}
.review{display:flex;flex-wrap:wrap;gap:.35rem .75rem;align-items:center;margin:.5rem 0 0;font-size:.9rem}.review input{font:inherit;padding:.1rem .3rem}
.review-mark{font-size:.85rem;margin-left:.5rem;color:var(--muted)}.dismissed .finding{opacity:.75}
.review-tools{margin:1rem 0}.review-tools button{font:inherit;padding:.25rem .75rem}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  .filters{display:none!important}
  .file[hidden]{display:block!important}
  .review,.review-tools{display:none!important}
  .finding[hidden],.group[hidden]{display:block!important}
  mark{background:none;text-decoration:underline;font-weight:700}
  .badge{color:#000;border:1px solid #000;background:none!important}
}`;

// Static: the filter reads only the checkboxes, the rule and file selects and
// data-* attributes. "#hide=info,warning&rule=score%2Ftotal&file=file-2" in the
// address presets it (shareable views, and how scripts/check-html.mjs tests the
// filter without a DevTools connection).
const SCRIPT = `(function(){
var form=document.getElementById('filters');
var boxes=form.querySelectorAll('input[data-severity]');
var ruleSel=document.getElementById('filter-rule'),fileSel=document.getElementById('filter-file');
var items=document.querySelectorAll('.finding');
var groups=document.querySelectorAll('.group');
var files=document.querySelectorAll('section.file');
var counter=document.getElementById('shown');
function apply(){
 var hide={};
 boxes.forEach(function(b){if(!b.checked)hide[b.getAttribute('data-severity')]=true;});
 var rule=ruleSel?ruleSel.value:'',file=fileSel?fileSel.value:'';
 var shown=0;
 items.forEach(function(it){
  var sec=it.closest('section.file');
  var h=!!hide[it.getAttribute('data-severity')]||(!!rule&&it.getAttribute('data-rule')!==rule)||(!!file&&!!sec&&sec.id!==file);
  it.hidden=h;if(!h)shown++;
 });
 groups.forEach(function(g){g.hidden=!g.querySelector('.finding:not([hidden])');});
 files.forEach(function(f){f.hidden=!!file&&f.id!==file;});
 counter.textContent=String(shown);
}
function preset(sel,v){if(sel&&v!==null)for(var i=0;i<sel.options.length;i++)if(sel.options[i].value===v)sel.value=v;}
var param=function(k){var r=new RegExp('[#&]'+k+'=([^&]*)').exec(location.hash);try{return r?decodeURIComponent(r[1]):null;}catch(e){return null;}};
var hs=param('hide');
if(hs!==null){hs=hs.split(',');boxes.forEach(function(b){if(hs.indexOf(b.getAttribute('data-severity'))>=0)b.checked=false;});}
preset(ruleSel,param('rule'));preset(fileSel,param('file'));
boxes.forEach(function(b){b.addEventListener('change',apply);});
[ruleSel,fileSel].forEach(function(s){if(s)s.addEventListener('change',apply);});
form.hidden=false;
apply();
// review: each finding's status, reason and reviewer, saved as a review file (--review) without a server
var tools=document.getElementById('review-tools');
if(!tools)return;
var reviews=document.querySelectorAll('.finding[data-fingerprint]');
reviews.forEach(function(it){
 var box=it.querySelector('.review');box.hidden=false;
 var sel=box.querySelector('select'),ins=box.querySelectorAll('input');
 sel.value=it.getAttribute('data-status')||'pending';
 ins[0].value=it.getAttribute('data-reason')||'';ins[1].value=it.getAttribute('data-name')||'';
 var sync=function(){it.setAttribute('data-status',sel.value);ins.forEach(function(i){i.required=sel.value==='dismissed';});};
 sel.addEventListener('change',sync);sync();
});
tools.hidden=false;
tools.querySelector('button').addEventListener('click',function(){
 var entries=[],seen={},bad=null;
 reviews.forEach(function(it){
  var fp=it.getAttribute('data-fingerprint');if(seen[fp])return;seen[fp]=1;
  var box=it.querySelector('.review'),st=box.querySelector('select').value,ins=box.querySelectorAll('input');
  var e={fingerprint:fp,status:st,ruleId:it.getAttribute('data-rule'),document:it.getAttribute('data-document'),excerpt:it.getAttribute('data-excerpt')};
  var reason=ins[0].value.trim(),name=ins[1].value.trim();
  if(reason)e.reason=reason;if(name)e.name=name;
  if(st==='dismissed'&&(!reason||!name)&&!bad)bad=ins[reason?1:0];
  if(it.getAttribute('data-date'))e.date=it.getAttribute('data-date');
  entries.push(e);
 });
 if(bad){bad.focus();bad.reportValidity();return;}
 var blob=new Blob([JSON.stringify({reportlintReview:1,entries:entries},null,2)+'\\n'],{type:'application/json'});
 var a=document.createElement('a');a.href=URL.createObjectURL(blob);a.download='review.json';document.body.appendChild(a);a.click();a.remove();
});
})();`;

function excerptHtml(loc: Location): string {
  const { before, span, after } = splitExcerpt(loc);
  return `${escapeHtml(before)}${span ? `<mark>${escapeHtml(span)}</mark>` : ''}${escapeHtml(after)}`;
}

/** data-* attributes the review script reads: the finding's fingerprint and its current mark. */
function reviewAttributes(file: FileResult, f: Finding): string {
  const m = f.review;
  const attrs: Array<[string, string | undefined]> = [
    ['fingerprint', findingFingerprint(file, f)],
    ['document', documentIdentity(file)],
    ['excerpt', normalizeExcerpt(f.locations[0]?.excerpt ?? '')],
    ['status', m?.status ?? 'pending'],
    ['reason', m?.reason],
    ['name', m?.name],
    ['date', m?.date],
  ];
  return attrs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v!)}"`)
    .join('');
}

function reviewControls(l: Labels): string {
  const options = (['pending', 'confirmed', 'dismissed'] as const)
    .map((st) => `<option value="${st}">${escapeHtml(l.review.status[st])}</option>`)
    .join('');
  return (
    `<div class="review" hidden><select aria-label="${escapeHtml(l.review.status.pending)}">${options}</select>` +
    `<label>${escapeHtml(l.review.reason)} <input type="text" size="24"></label><label>${escapeHtml(l.review.name)} <input type="text" size="8"></label></div>`
  );
}

function findingHtml(f: Finding, l: Labels, file?: FileResult): string {
  const [first, ...others] = f.locations;
  const where = first ? coordinates(first, l) : '';
  const mark =
    f.review && f.review.status !== 'pending'
      ? `<span class="review-mark">${escapeHtml(l.review.status[f.review.status])}</span>`
      : '';
  const parts = [
    `<article class="finding" data-severity="${f.severity}" data-rule="${escapeHtml(f.ruleId)}"${file ? reviewAttributes(file, f) : ''}>`,
    `<header><span class="badge badge-${f.severity}">${escapeHtml(l.severity[f.severity])}</span>` +
      `<code class="rule">${escapeHtml(f.ruleId)}</code><span class="where">${escapeHtml(where)}</span>${mark}</header>`,
    `<p class="message">${escapeHtml(f.message)}</p>`,
  ];
  if (first) parts.push(`<p class="excerpt">${excerptHtml(first)}</p>`);
  if (f.expected !== undefined || f.actual !== undefined) {
    parts.push('<dl class="values">');
    if (f.expected !== undefined)
      parts.push(`<dt>${escapeHtml(l.expected)}</dt><dd class="expected">${escapeHtml(f.expected)}</dd>`);
    if (f.actual !== undefined)
      parts.push(`<dt>${escapeHtml(l.actual)}</dt><dd class="actual">${escapeHtml(f.actual)}</dd>`);
    parts.push('</dl>');
  }
  if (others.length) {
    parts.push(`<p class="related-title">${escapeHtml(l.html.relatedLocations)}</p><ul class="related">`);
    for (const loc of others) {
      parts.push(
        `<li><span class="where">${escapeHtml(describeLocation(loc, l))}</span><p class="excerpt">${excerptHtml(loc)}</p></li>`,
      );
    }
    parts.push('</ul>');
  }
  if (file) parts.push(reviewControls(l));
  parts.push('</article>');
  return parts.join('\n');
}

/** Findings grouped by the section of their first location, in order of first appearance. */
function bySection(findings: Finding[]): Array<[string | null, Finding[]]> {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const key = f.locations[0]?.section ?? null;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups];
}

function fileHtml(file: FileResult, l: Labels, n: number): string {
  const parts = [`<section class="file" id="${fileAnchor(n)}" data-status="${file.status}">`];
  const status =
    file.status === 'error'
      ? l.statusFailed
      : file.ignored
        ? l.statusIgnored
        : file.findings.length
          ? l.findingsInFile(file.findings.length)
          : l.noFindings;
  parts.push(`<h2>${escapeHtml(file.path)} <span class="status">${escapeHtml(status)}</span></h2>`);
  // how the file was read (bytes replaced while decoding): no finding, but not to go unsaid
  for (const n of file.notes ?? [])
    parts.push(
      `<p class="file-note" data-code="${escapeHtml(n.code)}">${escapeHtml(`${l.note}${l.colon}${n.message}`)}</p>`,
    );
  if (file.status === 'error') {
    const err = file.error ? `${file.error.code}: ${file.error.message}` : l.statusFailed;
    parts.push(`<p class="file-error" data-code="${escapeHtml(file.error?.code ?? '')}">${escapeHtml(err)}</p>`);
  } else if (file.findings.length === 0 && !file.ignored) {
    parts.push(`<p class="no-findings">${escapeHtml(l.noFindings)}</p>`);
  }
  for (const [section, findings] of bySection(file.findings)) {
    parts.push(`<section class="group"><h3>${escapeHtml(section ?? l.noSection)}</h3>`);
    parts.push(...findings.map((f) => findingHtml(f, l, file)));
    parts.push('</section>');
  }
  if (file.dismissed?.length) {
    // shown apart: they do not count, but the auditor can still change their mind
    parts.push(`<section class="dismissed"><h3>${escapeHtml(l.review.dismissedTitle(file.dismissed.length))}</h3>`);
    parts.push(...file.dismissed.map((f) => findingHtml(f, l, file)));
    parts.push('</section>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function renderHtml(r: RunResult, opts: ReporterOptions): string {
  const l = labels(opts.lang);
  const s = r.summary;
  const total = r.files.reduce((n, f) => n + f.findings.length, 0);
  const counts: Record<Severity, number> = { error: s.errors, warning: s.warnings, info: s.infos };
  const summaryItems: Array<[string, string, number]> = [
    ['files', l.html.files, s.files],
    ['failedFiles', l.html.failedFiles, s.failedFiles],
    ['errors', l.severity.error, s.errors],
    ['warnings', l.severity.warning, s.warnings],
    ['infos', l.severity.info, s.infos],
  ];
  const filters = SEVERITIES.map(
    (sev) =>
      `<label><input type="checkbox" data-severity="${sev}" checked> <span class="badge badge-${sev}">${escapeHtml(l.severity[sev])}</span> (${counts[sev]})</label>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(l.html.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(l.html.title)}</h1>
<p class="generated">${escapeHtml(l.html.generatedBy(r.tool.version))}</p>
</header>
<section class="summary" aria-label="${escapeHtml(l.html.summary)}"><dl>
${summaryItems.map(([key, label, n]) => `<div><dt>${escapeHtml(label)}</dt><dd data-count="${key}">${n}</dd></div>`).join('\n')}
</dl></section>
<form id="filters" class="filters" hidden aria-label="${escapeHtml(l.html.filter)}">
<strong class="filter-title">${escapeHtml(l.html.filter)}</strong>
${filters}
${ruleAndFileFilters(r.files, l, escapeHtml)}
<span class="showing">${l.html.showing('<span id="shown">' + total + '</span>', String(total))}</span>
</form>
${r.review ? `<p class="review-summary">${escapeHtml(l.review.summary(r.review))}</p>` : ''}
<div id="review-tools" class="review-tools" hidden><button type="button">${escapeHtml(l.review.download)}</button></div>
${fileIndexHtml(r.files, l, escapeHtml)}
<main>
${r.files.map((f, i) => fileHtml(f, l, i)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
