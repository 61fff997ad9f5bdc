// Which unit the document stands by in each role (主管部门, 项目单位, 评价单位…), when the cover,
// the text and the attachment name it differently: the fields of one role are grouped by unit
// (工信局 = 工业和信息化局, settings.unitAliases), and the group named by most fields wins, then the
// unit the document mentions most often, then the one the cover names. A programme's units (its
// form's 实施单位 in a department's report) are voted on among that programme's fields only.
import { unitKey, type Identity } from './identity.js';
import type { UnitField } from './unit-fields.js';
import { sameUnit, type UnitRole } from './units.js';

/** One role's fields of one scope, grouped by unit, the group the document stands by first. */
export interface RoleVote {
  role: UnitRole;
  /** Whose unit: null for the report's own, else the programme's. */
  scope: string | null;
  groups: UnitField[][];
}

export interface UnitStanding {
  /** Each role and scope the document fills, in the order its first field is read. */
  votes: RoleVote[];
  /** The fields the document stands by for the report's own `role`; null when it names none. */
  of(role: UnitRole): UnitField[] | null;
  /** How often the document names this unit (abbreviations and aliases counted as one). */
  mentions(unit: string): number;
}

export function unitStanding(id: Identity, aliases: Readonly<Record<string, string>>): UnitStanding {
  const counts = new Map<string, number>();
  for (const u of id.mentions.units)
    counts.set(unitKey(u.text, aliases), (counts.get(unitKey(u.text, aliases)) ?? 0) + 1);
  const mentions = (unit: string) => counts.get(unitKey(unit, aliases)) ?? 0;
  // each role and scope's fields, in the order the first is read
  const fieldsOf: { role: UnitRole; scope: string | null; fields: UnitField[] }[] = [];
  for (const f of id.unitFields) {
    const own = fieldsOf.find((x) => x.role === f.role && x.scope === f.scope);
    if (own) own.fields.push(f);
    else fieldsOf.push({ role: f.role, scope: f.scope, fields: [f] });
  }
  const weight = (g: UnitField[]) =>
    g.length * 1000 + mentions(g[0].value) * 10 + (g.some((f) => f.source === 'cover') ? 1 : 0);
  const votes: RoleVote[] = fieldsOf.map(({ role, scope, fields }) => {
    const groups: UnitField[][] = [];
    for (const f of fields) {
      const g = groups.find((gr) => sameUnit(gr[0].value, f.value, aliases));
      if (g) g.push(f);
      else groups.push([f]);
    }
    return { role, scope, groups: groups.sort((a, b) => weight(b) - weight(a)) };
  });
  return {
    votes,
    of: (role) => votes.find((v) => v.role === role && v.scope === null)?.groups[0] ?? null,
    mentions,
  };
}
