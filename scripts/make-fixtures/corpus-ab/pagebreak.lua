-- report AB's .docx: a <div class="pagebreak"> of the HTML is a page break in Word (pandoc's docx writer has none
-- of its own)
function Div(el)
  if el.classes:includes('pagebreak') then
    return pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
  end
end
