// The units a report names in their role (主管部门, 实施单位, 评价单位, 委托单位): cover and
// table fields, "主管部门为县财政局" in the text, and the signature under the report.
import type { Document, SpanRef } from '../../model/document.js';
import { figureScopes } from './programme-scopes.js';
import { looksLikeUnit, unitRole, type UnitRole } from './units.js';
import { valueRightOf } from './project-name.js';

export interface UnitField {
  role: UnitRole;
  /** How the document labels it ("项目实施单位"). */
  label: string;
  value: string;
  source: 'cover' | 'table' | 'text';
  at: SpanRef;
  /** Whose unit: null for the report's own, else the programme's (its 项目支出绩效自评表 in a department's report). */
  scope: string | null;
}

// ------------------------------------------------------------------ units

/** A unit the text names at `start` of block `block`, in a role that is the report's own (scope null). */
function namedInText(role: UnitRole, label: string, value: string, block: number, start: number): UnitField {
  return { role, label, value, source: 'text', at: { block, start, end: start + value.length }, scope: null };
}

/**
 * "…要求，X区教育局对本部门2024年度部门整体支出…开展了绩效自评": a unit opening its clause, then "对…" and "开展了（绩效）自评"
 * in the same sentence (group 1: the unit). Only 自评: "区财政局对本部门…开展了绩效评价" is another unit evaluating it.
 */
const SELF_EVALUATOR =
  /(?:^|[，,。；：:])\s*([\u4e00-\u9fff]{2,20}?(?:局|委员会|委|办公室|中心|政府))对[^。；！？]{1,80}?(?:开展|进行|组织)了?(?:[\u4e00-\u9fff]{0,6}绩效)?自评(?![表价])/g;
/** "我局对…开展了绩效自评", "本单位…": a word pointing back at the writer, no unit's name. */
const NOT_A_NAME = /^(?:我|本|该|各|所属|下属)/;

export function unitFields(doc: Document): UnitField[] {
  const scopeOf = figureScopes(doc);
  // a unit named for one programme (its form's 实施单位, its section's text) is that programme's; one whose
  // sentence names several programmes is nobody's
  const fields = unitFieldsUnscoped(doc).flatMap((f) => {
    const scope = scopeOf(f.at.block, f.at.start);
    return scope === undefined ? [] : [{ ...f, scope }];
  });
  return [...fields, ...selfEvaluators(doc)];
}

/**
 * "…要求，X区教育局对本部门2024年度部门整体支出以及A、B、C 3个重点项目支出开展了绩效自评": the unit that
 * self-evaluates is the report's own, whichever programmes the sentence goes on to list.
 */
function selfEvaluators(doc: Document): UnitField[] {
  const out: UnitField[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'cover' || b.role === 'toc') continue;
    for (const m of b.text.matchAll(SELF_EVALUATOR)) {
      if (!looksLikeUnit(m[1]) || NOT_A_NAME.test(m[1])) continue;
      const start = m.index! + m[0].indexOf(m[1]);
      out.push(namedInText('评价单位', '自评单位', m[1], b.index, start));
    }
  }
  return out;
}

function unitFieldsUnscoped(doc: Document): UnitField[] {
  const out: UnitField[] = [];
  for (const f of doc.cover) {
    const role = unitRole(f.key);
    if (role && looksLikeUnit(f.value))
      out.push({
        role,
        label: f.key,
        value: f.value,
        source: 'cover',
        at: { block: f.block, start: f.valueStart, end: f.valueEnd },
        scope: null,
      });
  }
  for (const t of doc.tables) {
    for (const c of t.cells) {
      const role = unitRole(c.text);
      if (!role) continue;
      const v = valueRightOf(t, c);
      if (v && looksLikeUnit(v.text))
        out.push({
          role,
          label: c.text.replace(/[：:]$/, ''),
          value: v.text,
          source: 'table',
          at: { block: t.index, cell: { row: v.row, col: v.col } },
          scope: null,
        });
    }
  }
  // "主管部门为县财政局", "项目实施单位是…" in the text
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'cover' || b.role === 'toc') continue;
    // the signature under the report or its attachment: "评价单位（盖章）：X" alone on its line
    const signed = /^([\u4e00-\u9fff]{2,8}(?:（盖章）)?)[：:]\s*([\u4e00-\u9fff（）]{2,30})$/.exec(b.text.trim());
    const signedRole = signed && unitRole(signed[1]);
    if (signed && signedRole && looksLikeUnit(signed[2])) {
      const start = b.text.lastIndexOf(signed[2]);
      out.push({
        role: signedRole,
        label: signed[1].replace(/（盖章）$/, ''),
        value: signed[2],
        source: 'text',
        at: { block: b.index, start, end: start + signed[2].length },
        scope: null,
      });
      continue;
    }
    for (const m of b.text.matchAll(
      /((?:项目)?主管(?:部门|单位)|(?:项目)?实施单位|项目单位)(?:为|是|系)([\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室|中心|政府))/g,
    )) {
      const role = unitRole(m[1]);
      const start = m.index! + m[0].length - m[2].length;
      if (role)
        out.push({
          role,
          label: m[1],
          value: m[2],
          source: 'text',
          at: { block: b.index, start, end: start + m[2].length },
          scope: null,
        });
    }
    // "受虞城县财政局委托，…事务所…对…开展评价": who commissioned a third-party evaluation
    for (const m of b.text.matchAll(/受([\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室|中心|政府))委托/g)) {
      const start = m.index! + 1;
      out.push(namedInText('委托单位', '委托单位', m[1], b.index, start));
    }
  }
  return out;
}
