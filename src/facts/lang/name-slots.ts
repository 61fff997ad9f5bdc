// Where a project's name stands: the phrases around a name that make it the evaluated project's own (a name
// slot: "X项目自评得分", "评价对象为X", "评价组认为，X…"), and those that make it one of several (a list, a
// comparison, another county). The mentions (identity/mentions.ts) ask here.

// "X项目自评得分", and with the year between: "X项目2023年度自评得分95分"; "作为X项目以后年度预算申报的依据";
// "在X专项资金后续年度预算申报中运用评价结果"
export const SLOT_AFTER =
  /^(?:项目)?(?:\d{4}年度?)?(?:(?:部门|整体|支出)?(?:绩效)?(?:自评|评价|评估)(?:报告|表|得分|工作|结果|等级|情况)?|(?:部门)?评[价级]表|(?:进行|开展)了?(?:绩效)?(?:自评|评价)|(?:已|已经)在?规定时间|预算\d|共使用|效益情况|的资金活动|(?:以后|下一?|后续|今后)年度(?:的)?(?:预算|资金)|(?:\d{4})?年度?绩效目标(?:已|基本|全面|均)?(?:实现|完成|达成))/;

/** "本次评价对象为X", "评价对象：X": the name of what is evaluated. */
export const SLOT_BEFORE = /(?:评价|评估|自评)对象(?:为|是|系|：|:)$/;

/**
 * "评价组认为，X…", "综上，X…", "总体来看，X…": a name opening the evaluation's judgement is its subject, what the
 * report evaluates. Only right after the opener: "与X相比", "同类X", "《X管理办法》" never stand there.
 */
export const CONCLUSION_OPENER =
  /(?:^|[。；！？\n])\s*(?:评价组(?:一致)?认为|经评价|综上(?:所述)?|总体(?:来看|而言|上看)|总的来看|整体来看)[，,：:]?\s*$/;

/**
 * A duty the report lays on the evaluated fund or project, a verb of obligation before its name and the duty after:
 * "确保X项目专项债券本息按期偿还" (the bonds the report's own income repays), "确保X当年形成实物工作量" (the money
 * spent on works within the year) — what the report evaluates, read only where the verb opens the name and the duty
 * follows it (a list or another fund's bonds are neither).
 */
export const OWN_DUTY_BEFORE = /(?:确保|保证)$/;
export const OWN_DUTY_AFTER =
  /^(?:(?:地方政府)?(?:专项)?债券(?:资金)?(?:本息|本金|利息|还本付息)(?:按期|按时|足额|如期)?(?:偿还|兑付|支付)|(?:当年|尽快|及时|按期)?形成实物工作量)/;

/** "X、Y…", "X和Y…", "X与本项目相比": a name in a list or a comparison, not the subject alone. */
export const LISTED_AFTER = /^(?:、|和|及|以及|与|同|等|相比)/;

/** A county-level place or above opening a name (another county's fund is not this report's subject). */
export const LEADING_PLACE = /^[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|自治州|州|盟|县|旗)/;

/**
 * "受…委托，对沧州市2023年度城乡义务教育补助经费（以下简称“…”）开展了政策绩效评价": the object of the evaluation the
 * report says it made, a name between 对 and the verb of evaluating (a "以下简称" aside between them).
 */
export const EVALUATED_BEFORE = /对$/;
export const EVALUATED_AFTER =
  /^(?:[（(]以下简称[^）)]{1,30}[）)])?(?:开展|进行|实施|组织)了?(?:财政)?(?:政策|专项|重点|项目|整体)?(?:支出)?(?:绩效)?(?:评价|自评|评估)/;
