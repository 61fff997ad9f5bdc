# The --reference-doc of report AB's pandoc docx writer: pandoc's own reference.docx with the styles a 财政 clerk
# sets (仿宋_GB2312 三号 body, 黑体 headings in black, A4 公文 margins, zh-CN). Usage: python3 reference-doc.py OUT.docx
import re, subprocess, sys, zipfile

out = sys.argv[1]
src = subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'], capture_output=True, check=True).stdout
import io
zin = zipfile.ZipFile(io.BytesIO(src))
zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'word/styles.xml':
        s = data.decode('utf8')
        s = s.replace(
            '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />\n        <w:sz w:val="24" />\n        <w:szCs w:val="24" />\n        <w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA" />',
            '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman" />\n        <w:sz w:val="32" />\n        <w:szCs w:val="32" />\n        <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA" />',
        )
        # headings: 黑体, black, no theme colour
        s = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" />',
                   '<w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman" />', s)
        s = re.sub(r'<w:color w:val="[0-9A-F]+" w:themeColor="accent1"( w:themeShade="[0-9A-F]+")? />', '<w:color w:val="000000" />', s)
        data = s.encode('utf8')
    elif item.filename == 'word/document.xml':
        s = data.decode('utf8')
        # A4, 公文 margins (上37mm 下35mm 左28mm 右26mm)
        s = re.sub(r'<w:pgSz[^>]*/>', '<w:pgSz w:w="11906" w:h="16838" />', s)
        s = re.sub(r'<w:pgMar[^>]*/>', '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0" />', s)
        data = s.encode('utf8')
    zout.writestr(item, data)
zout.close()
