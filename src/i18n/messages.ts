// What reportlint says besides its findings, in both languages: the command line's help, usage errors
// and notes on stderr, and the service's HTTP errors and options (`reportlint serve`). One table for
// both commands, filled by the one template filler.
import { fillTemplate } from './template.js';
import type { Lang } from '../model/settings.js';

const M = {
  description: {
    'zh-CN': '检查预算绩效评价报告的内部一致性（.docx、.pdf、.txt、.md、.doc）',
    en: 'Checks budget-performance evaluation reports for internal consistency (.docx, .pdf, .txt, .md, .doc)',
  },
  argFiles: { 'zh-CN': '要检查的文件、目录或通配符', en: 'files, directories or globs to check' },
  optFormat: {
    'zh-CN': '输出格式：text、json、sarif、html、csv，或 docx / pdf（带批注的原文件副本，需 -o）',
    en: 'output format: text, json, sarif, html, csv, or docx / pdf (an annotated copy of the file; needs -o)',
  },
  optOutput: {
    'zh-CN': '把报告写入文件（不影响退出码）',
    en: 'write the report to a file (the exit code is unchanged)',
  },
  optLang: { 'zh-CN': '语言：zh-CN 或 en', en: 'language: zh-CN or en' },
  optQuiet: {
    'zh-CN': '只报告错误：级别为警告或提示的规则不运行',
    en: 'report errors only: rules at warning or info severity do not run',
  },
  optPrintConfig: {
    'zh-CN': '打印检查该文件时所用的配置（JSON），不做检查',
    en: 'print the configuration a check of the file would use (JSON), and check nothing',
  },
  optNoConfigLookup: {
    'zh-CN': '不查找 reportlint.config.json（只用 --config 指定的配置）：上传目录中放入的配置文件不能关闭规则',
    en: 'do not look for reportlint.config.json (only --config is read): a config planted in an upload folder switches nothing off',
  },
  optIgnorePath: {
    'zh-CN': '忽略文件（gitignore 语法；默认为配置文件旁或当前目录下的 .reportlintignore）',
    en: 'ignore file (gitignore syntax; default: .reportlintignore beside the config file or in the current directory)',
  },
  optIgnorePattern: {
    'zh-CN': '要忽略的文件模式（gitignore 语法，相对于当前目录），可重复',
    en: 'pattern of files to ignore (gitignore syntax, relative to the current directory), repeatable',
  },
  optNoIgnore: { 'zh-CN': '不使用忽略文件和 --ignore-pattern', en: 'use no ignore file and no --ignore-pattern' },
  optStdin: {
    'zh-CN': '从标准输入读取一份报告（需 --stdin-filename）',
    en: 'read one report from standard input (needs --stdin-filename)',
  },
  optStdinFilename: {
    'zh-CN': '标准输入的文件名：扩展名决定格式（.docx、.pdf、.txt、.md），输出中显示此名称',
    en: 'the name of the report on stdin: its extension decides the format (.docx, .pdf, .txt, .md); outputs show this name',
  },
  optConfig: {
    'zh-CN': '配置文件（默认从当前目录向上查找 reportlint.config.json）',
    en: 'config file (default: reportlint.config.json from the current directory upward)',
  },
  optRule: {
    'zh-CN': '设置规则级别，可重复：规则id=off|info|warning|error',
    en: 'set a rule severity, repeatable: id=off|info|warning|error',
  },
  optMaxWarnings: { 'zh-CN': '警告数超过 N 时退出码为 1', en: 'exit with 1 when there are more than N warnings' },
  optBaseline: {
    'zh-CN': '隐藏基线文件中已记录的问题，只报告新问题',
    en: 'hide findings recorded in this baseline; report only new ones',
  },
  optWriteBaseline: { 'zh-CN': '把当前全部问题写入基线文件', en: 'write all current findings to a baseline file' },
  optJobs: { 'zh-CN': '并行工作线程数（默认：CPU 核数）', en: 'worker threads (default: number of CPU cores)' },
  optTimeout: { 'zh-CN': '每个文件的时限（秒，默认 120）', en: 'time limit per file in seconds (default 120)' },
  optMaxSize: { 'zh-CN': '文件大小上限，如 50MB（默认 50MB）', en: 'largest file to read, e.g. 50MB (default 50MB)' },
  optNoColor: { 'zh-CN': '不使用颜色', en: 'no colours' },
  optVersion: { 'zh-CN': '显示版本号', en: 'print the version' },
  optHelp: { 'zh-CN': '显示帮助', en: 'show help' },
  cmdInspect: {
    'zh-CN': '显示对报告的理解：封面、目录、章节树、表格',
    en: 'show what was understood: cover, contents, section tree, tables',
  },
  cmdRules: {
    'zh-CN': '列出全部规则及其默认级别、说明页和说明（--format json 输出 JSON）',
    en: 'list every rule with its default severity, page and description (--format json for JSON)',
  },
  cmdHelp: { 'zh-CN': '显示命令帮助', en: 'show help for a command' },
  cmdCompare: {
    'zh-CN':
      '比对原稿与修改稿：每个原有问题已修正/仍存在/有变化，新出现的问题，以及上下文相同而数字改动之处（-f text|json|html）',
    en: 'compare a report with its revision: each old finding fixed / still open / changed, new findings, and figures changed in the same text (-f text|json|html)',
  },
  argCompareOld: { 'zh-CN': '原稿（任意支持的格式）', en: 'the version checked before (any supported format)' },
  argCompareNew: { 'zh-CN': '修改稿（任意支持的格式）', en: 'the revised version (any supported format)' },
  argInspectFile: { 'zh-CN': '要查看的报告文件', en: 'the report to inspect' },
  usagePrefix: { 'zh-CN': '用法错误', en: 'usage error' },
  seeHelp: { 'zh-CN': '运行 reportlint --help 查看用法', en: 'run reportlint --help for usage' },
  noFiles: { 'zh-CN': '没有指定要检查的文件', en: 'no files given to check' },
  unknownOption: { 'zh-CN': '未知选项 {name}', en: 'unknown option {name}' },
  missingValue: { 'zh-CN': '选项 {name} 缺少取值', en: 'option {name} needs a value' },
  missingArgument: { 'zh-CN': '缺少参数 {name}', en: 'missing argument {name}' },
  excessArguments: {
    'zh-CN': '{command} 只接受 {expected} 个参数，实际给出 {got} 个',
    en: '{command} takes {expected} argument(s); {got} given',
  },
  tooManyArguments: { 'zh-CN': '参数过多：{detail}', en: 'too many arguments: {detail}' },
  unknownCommand: { 'zh-CN': '未知命令 {name}', en: 'unknown command {name}' },
  badChoice: {
    'zh-CN': '选项 {name} 的值 “{value}” 无效，可选：{choices}',
    en: 'option {name}: invalid value "{value}"; choose one of {choices}',
  },
  badInteger: {
    'zh-CN': '选项 {name} 需要一个不小于 {min} 的整数（实际为 “{value}”）',
    en: 'option {name} needs a whole number of at least {min} (got "{value}")',
  },
  badSeconds: {
    'zh-CN': '选项 {name} 需要一个正数（秒，实际为 “{value}”）',
    en: 'option {name} needs a positive number of seconds (got "{value}")',
  },
  timeoutTooLong: {
    'zh-CN': '选项 {name} 最长为 {max} 秒（1 天），实际为 “{value}”',
    en: 'option {name} can be at most {max} seconds (one day); got "{value}"',
  },
  jobsCapped: {
    'zh-CN': '--jobs {asked} 多于 CPU 核数，按 {jobs} 个工作线程运行',
    en: '--jobs {asked} is more than the CPU cores; running {jobs} worker threads',
  },
  badSize: {
    'zh-CN': '选项 {name} 需要一个大小，如 50MB、512KB 或字节数（实际为 “{value}”）',
    en: 'option {name} needs a size such as 50MB, 512KB or a number of bytes (got "{value}")',
  },
  outputIsInput: {
    'zh-CN': '{option} {path} 就是要检查的文件 {input}，写入会覆盖它；请换一个输出文件名',
    en: '{option} {path} is the input file {input}; writing it would overwrite the report. Choose another output file',
  },
  outputIsReport: {
    'zh-CN': '{option} {path}：reportlint 不写 {ext} 文件（那是报告本身的格式）；请换一个输出文件名',
    en: "{option} {path}: reportlint never writes a {ext} file (that is a report's own format). Choose another output file",
  },
  outputTwice: {
    'zh-CN': '{option} 与 {other} 指向同一个文件 {path}',
    en: '{option} and {other} name the same file {path}',
  },
  writeENOENT: { 'zh-CN': '所在文件夹不存在', en: 'its folder does not exist' },
  writeENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  writeEISDIR: { 'zh-CN': '这是一个文件夹', en: 'it is a folder' },
  writeEACCES: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  writeFailed: {
    'zh-CN': '无法写入 {path}（{detail}），未检查任何文件',
    en: 'cannot write {path} ({detail}); no file was checked',
  },
  writeFailedAfter: { 'zh-CN': '无法写入 {path}（{detail}）', en: 'cannot write {path} ({detail})' },
  stdinNeedsName: {
    'zh-CN': '--stdin 需要 --stdin-filename 指定文件名（如 报告.docx），其扩展名决定按何种格式读取',
    en: '--stdin needs --stdin-filename with a name such as report.docx: its extension decides how it is read',
  },
  stdinFilenameAlone: {
    'zh-CN': '--stdin-filename 只能与 --stdin 一起使用',
    en: '--stdin-filename goes with --stdin only',
  },
  stdinWithFiles: {
    'zh-CN': '使用 --stdin 时不能再指定文件（{files}）',
    en: 'with --stdin no files can be given ({files})',
  },
  stdinBadName: {
    'zh-CN': '--stdin-filename “{name}” 的扩展名须为 .docx、.pdf、.txt 或 .md',
    en: '--stdin-filename "{name}" must end in .docx, .pdf, .txt or .md',
  },
  internalError: {
    'zh-CN': 'reportlint 出现内部错误（程序缺陷）；请用 REPORTLINT_DEBUG=1 重新运行并报告所显示的内容',
    en: 'reportlint failed internally (a bug); run again with REPORTLINT_DEBUG=1 and report what it prints',
  },
  tooManyWarnings: {
    'zh-CN': '警告过多：{count} 个，超过 --max-warnings 上限 {max}（退出码 1）',
    en: 'too many warnings ({count}; maximum: {max}), exit code 1',
  },
  baselineWritten: { 'zh-CN': '已写入基线 {path}：{count} 条记录', en: 'baseline written to {path}: {count} entries' },
  baselineSuppressed: {
    'zh-CN': '基线 {path} 隐藏了 {count} 个已知问题',
    en: 'baseline {path} hid {count} known findings',
  },
  baselineUnmatched: {
    'zh-CN': '基线中有 {count} 条记录已不再出现（可能已修改，可用 --write-baseline 更新）：',
    en: '{count} baseline entries no longer match any finding (fixed? refresh with --write-baseline):',
  },
  noRules: { 'zh-CN': '（尚无规则）', en: '(no rules yet)' },
  optReview: {
    'zh-CN': '审核文件（JSON）：按指纹记录每条问题已确认/已驳回/待定；驳回的问题单列，不计入退出码',
    en: 'review file (JSON): each finding confirmed / dismissed / pending by fingerprint; dismissed ones are listed apart and not counted',
  },
  // writing an annotated copy or a comparison (src/cli/annotate.ts, src/cli/compare.ts)
  outputWriteFailed: { 'zh-CN': '无法写入 {path}：{detail}', en: 'cannot write {path}: {detail}' },
  // --format docx (src/cli/annotate.ts)
  optCommentAuthor: {
    'zh-CN': '批注作者（--format docx / pdf，默认 reportlint）',
    en: 'comment author (--format docx / pdf; default reportlint)',
  },
  docxNeedsDocx: {
    'zh-CN': '--format docx 需要且只能有一个 .docx 文件（给出的是 {given}）；其他格式请用 --format html 或 json',
    en: '--format docx takes exactly one .docx file (given: {given}); for other formats use --format html or json',
  },
  pdfNeedsPdf: {
    'zh-CN': '--format pdf 需要且只能有一个 .pdf 文件（给出的是 {given}）；.docx 请用 --format docx',
    en: '--format pdf takes exactly one .pdf file (given: {given}); for a .docx use --format docx',
  },
  pdfWritten: {
    'zh-CN':
      '已写入 {path}：{annotations} 条批注（{onText} 条高亮在原文上，{onRow} 条便笺在所在表格行旁，{unplaced} 条未能定位、作为便笺放在页顶）',
    en: 'wrote {path}: {annotations} notes ({onText} highlighting the text, {onRow} beside their table row, {unplaced} not located and put at the top of a page)',
  },
  docxNeedsOutput: {
    'zh-CN': '--format docx / pdf 需要用 -o 指定输出文件',
    en: '--format docx / pdf needs -o with the file to write',
  },
  docxSameFile: {
    'zh-CN': '-o 不能是被检查的文件本身（{path}）',
    en: '-o must not be the checked file itself ({path})',
  },
  docxWritten: {
    'zh-CN':
      '已写入 {path}：{comments} 条批注（{onText} 条在原文上，{onParagraph} 条在所在段落，{unplaced} 条未能定位、放在文首）',
    en: 'wrote {path}: {comments} comments ({onText} on the text, {onParagraph} on its paragraph, {unplaced} not located and put at the top)',
  },
  docxNotChecked: {
    'zh-CN': '{path} 未能检查，未生成批注文件',
    en: '{path} could not be checked; no annotated file written',
  },
  rulesHeader: { 'zh-CN': '规则|默认级别|说明页|说明', en: 'Rule|Default|Page|Description' },
  // reportlint serve (src/serve/): its options, notes and HTTP errors (the E_ codes of its JSON answers)
  cmdServe: {
    'zh-CN': '以 HTTP 服务运行：POST /v1/check 检查一个文件（见 docs/serve.md）',
    en: 'run as an HTTP service: POST /v1/check checks one file (see docs/serve.md)',
  },
  // commander adds the defaults (127.0.0.1, 8080) itself
  optHost: { 'zh-CN': '监听地址', en: 'address to listen on' },
  optPort: { 'zh-CN': '端口（0 表示任取一个空闲端口）', en: 'port (0 picks a free one)' },
  optConcurrency: {
    'zh-CN': '同时检查的文件数，即工作线程数（默认：CPU 核数）',
    en: 'files checked at once, i.e. worker threads (default: number of CPU cores)',
  },
  optQueue: {
    'zh-CN': '排队等待的请求数上限，再多则回答 429（默认 16）',
    en: 'requests that may wait beyond those being checked; more get 429 (default 16)',
  },
  optAllowPath: {
    'zh-CN': '允许以 JSON {"path": …} 检查该目录（共享卷）内的文件；不给则只收上传',
    en: 'allow JSON {"path": …} requests for files inside this directory (a shared volume); without it only uploads are taken',
  },
  badAllowPath: { 'zh-CN': '--allow-path 不是一个目录：{path}', en: '--allow-path is not a directory: {path}' },
  listening: { 'zh-CN': 'reportlint serve：正在监听 {url}', en: 'reportlint serve: listening on {url}' },
  stopping: {
    'zh-CN': 'reportlint serve：收到 {signal}，完成进行中的检查后退出',
    en: 'reportlint serve: {signal} received; finishing the checks in progress, then exiting',
  },
  E_QUEUE_FULL: {
    'zh-CN': '排队已满（正在检查 {running} 个，排队 {queued} 个），请稍后重试',
    en: 'The queue is full ({running} being checked, {queued} waiting); retry later',
  },
  E_SHUTTING_DOWN: {
    'zh-CN': '服务正在停止，不再接收新的检查',
    en: 'The service is shutting down and takes no new checks',
  },
  E_POOL_BROKEN: { 'zh-CN': '工作线程池不可用：{detail}', en: 'The worker pool is unavailable: {detail}' },
  E_UPLOAD_TOO_LARGE: { 'zh-CN': '上传的文件超过上限 {limit}', en: 'The upload exceeds the limit of {limit}' },
  E_NO_FILE: { 'zh-CN': '请求中没有名为 file 的上传文件', en: 'The request has no upload in a field named file' },
  E_BAD_BODY: {
    'zh-CN': '请求体应为 multipart/form-data（字段 file）或 JSON {"path": "…"}',
    en: 'The body must be multipart/form-data (field file) or JSON {"path": "…"}',
  },
  E_BAD_PARAM: {
    'zh-CN': '参数 {name} 的值“{value}”无效，可选：{choices}',
    en: 'Invalid value "{value}" for {name}; choose from: {choices}',
  },
  E_PATH_NOT_ALLOWED: {
    'zh-CN': '不允许按路径检查该文件：服务未以 --allow-path 启动，或路径不在允许的目录内',
    en: 'Checking this path is not allowed: the service was not started with --allow-path, or the path is outside the allowed directory',
  },
  E_NOT_FOUND_ROUTE: { 'zh-CN': '没有这个地址：{method} {url}', en: 'No such route: {method} {url}' },
  E_HTTP: { 'zh-CN': '请求无效：{detail}', en: 'Bad request: {detail}' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof M;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(M, key);
}

export function msg(lang: Lang, key: MessageKey, data: Record<string, string | number> = {}): string {
  return fillTemplate(M[key][lang], data);
}
