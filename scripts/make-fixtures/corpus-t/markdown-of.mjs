// node markdown-of.mjs IN.docx OUT.md: mammoth + turndown (GFM) of one .docx (pandoc.mjs), as a command so that
// build.mjs's synchronous convert can run it. TOOLS (env CORPUS_T_TOOLS) holds the npm packages.
import { mammothMarkdownOf } from './pandoc.mjs';

await mammothMarkdownOf(process.argv[2], process.argv[3], process.env.CORPUS_T_TOOLS ?? '/tmp/corpus-t-tools');
