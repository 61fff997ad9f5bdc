// What the service says besides the report itself: its HTTP errors and its options' help, in both languages.
import type { Lang } from '../model/settings.js';

const M = {
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

export type ServeMessageKey = keyof typeof M;

export function serveMsg(lang: Lang, key: ServeMessageKey, data: Record<string, string | number> = {}): string {
  return M[key][lang].replace(/\{(\w+)\}/g, (all, k: string) => (k in data ? String(data[k]) : all));
}
