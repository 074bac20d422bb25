import { expect, test } from './harness/index';
import { storedNodes, SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

/** What Word puts on the clipboard: mso-list paragraphs, styled spans, classes, a table, junk. */
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!--
p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; color:#1F3864;}
p.MsoListParagraphCxSpFirst {margin-left:36.0pt; font-family:"Calibri",sans-serif;}
.MsoChpDefault {font-family:"Aptos",sans-serif;}
--></style></head>
<body lang=FI style='tab-interval:65.2pt'>
<!--StartFragment-->
<p class=MsoNormal style='text-align:center;font-family:"Times New Roman";color:#C00000'><b><span
style='font-size:14.0pt;color:red;mso-bidi-font-weight:normal'>Tärkeä periaate</span></b><span
style='font-family:Arial;background:yellow;mso-highlight:yellow'> koskee kaikkia oppilaitoksia.</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
style='color:#2F5496'>Kuraattoripalvelut</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Yläkoulut<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><i>Psykologipalvelut</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Ensimmäinen vaihe<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Toinen vaihe<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=600
 style='width:450pt;border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;height:20pt'>
  <td width=300 valign=top style='width:225pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'>
  <p class=MsoNormal><b><span style='font-family:Georgia'>Palvelu</span></b></p></td>
  <td width=300 valign=top style='width:225pt;border:solid windowtext 1.0pt;background:#D9E2F3'>
  <p class=MsoNormal align=right style='text-align:right'><b>Mitoitus</b></p></td>
 </tr>
 <tr>
  <td style='border:solid windowtext 1.0pt;color:blue'><p class=MsoNormal><span style='color:blue;font-size:9pt'>Kuraattori</span></p></td>
  <td style='border:solid windowtext 1.0pt'><p class=MsoNormal>1 / 670 oppilasta</p></td>
 </tr>
</table>
<p class=MsoNormal style='margin-left:40pt'><img width=120 height=40 src="data:image/png;base64,iVBORw0KGgo=" alt=logo><a
href="javascript:alert(1)">vaarallinen linkki</a> ja <a href="https://finlex.fi/fi/laki/ajantasa/2013/20131287"
target="_blank" title="Finlex" style='color:#0563C1'>laki</a><script>window.pastedScriptRan = true</script></p>
<h1 style='font-family:Impact'>Otsikko wordista</h1>
<!--EndFragment-->
</body></html>`;

test('pasting from Word keeps lists, bold, italic, a table and web links, and nothing else', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  await suunta.open();
  const path = await app.createPlan({ file: 'paste.opsu', region: 'Satakunnan hyvinvointialue' });
  const editor = app.editor(/^2 Tavoitteet/);
  await app.caretToEnd(/^2 Tavoitteet/);

  await editor.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Tärkeä periaate koskee kaikkia oppilaitoksia.');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, wordHtml);

  // Lists rebuilt from Word's list paragraphs, nesting included; bold and italic kept.
  await expect(editor.locator('ul > li').first()).toHaveText('Kuraattoripalvelut');
  await expect(editor.locator('ul ul > li')).toHaveText('Yläkoulut');
  await expect(editor.locator('ol > li')).toHaveText(['Ensimmäinen vaihe', 'Toinen vaihe']);
  await expect(editor.locator('.ed-bold').first()).toHaveText('Tärkeä periaate');
  await expect(editor.locator('.ed-italic')).toHaveText('Psykologipalvelut');
  await expect(editor.locator('table tr')).toHaveCount(2);
  await expect(editor.locator('table td, table th')).toHaveCount(4);
  await expect(editor.getByRole('link')).toHaveCount(1);
  await expect(editor.getByRole('link', { name: 'laki' })).toHaveAttribute(
    'href',
    'https://finlex.fi/fi/laki/ajantasa/2013/20131287',
  );
  await expect(editor).toContainText('vaarallinen linkki ja laki');
  await expect(editor.locator('h2')).toHaveText('Otsikko wordista');

  // Nothing of Word's styling, classes, images or scripts reached the document.
  const leftovers = await editor.evaluate((element) => ({
    styled: [...element.querySelectorAll('[style]')].map((node) => node.outerHTML.slice(0, 80)),
    foreignClasses: [...element.querySelectorAll('[class]')]
      .map((node) => node.getAttribute('class') ?? '')
      .filter((name) => /mso|Mso/.test(name)),
    images: element.querySelectorAll('img').length,
    scripts: element.querySelectorAll('script').length,
    fonts: element.querySelectorAll('font').length,
    targets: element.querySelectorAll('[target]').length,
    scriptRan: 'pastedScriptRan' in window,
  }));
  expect(leftovers).toEqual({
    styled: [],
    foreignClasses: [],
    images: 0,
    scripts: 0,
    fonts: 0,
    targets: 0,
    scriptRan: false,
  });
  await app.check('d-pasted-from-word');

  // The same holds for what was saved.
  await app.saved();
  const content = await app.stored(path, '2');
  const nodes = storedNodes(content);
  expect(content).not.toMatch(/mso|Calibri|Arial|Georgia|Times|C00000|D9E2F3|yellow|javascript/i);
  expect(content).not.toMatch(/color:|font-|background:|text-align|margin/i);
  expect(
    nodes.filter((node) => (node.style ?? '') !== '' || (node.textStyle ?? '') !== ''),
  ).toEqual([]);
  expect(nodes.filter((node) => typeof node.format === 'string' && node.format !== '')).toEqual([]);
  expect(nodes.filter((node) => (node.indent ?? 0) !== 0 && node.type !== 'listitem')).toEqual([]);
  expect(new Set(nodes.map((node) => node.type))).toEqual(
    new Set([
      'root',
      'paragraph',
      'text',
      'list',
      'listitem',
      'table',
      'tablerow',
      'tablecell',
      'link',
      'heading',
    ]),
  );
  expect(nodes.filter((node) => node.type === 'list').map((node) => node.listType)).toEqual([
    'bullet',
    'bullet',
    'number',
  ]);
  expect(
    nodes.find((node) => node.type === 'text' && node.text === 'Tärkeä periaate'),
  ).toMatchObject({ format: 1 });

  await suunta.reload();
  await expect(app.editor(/^2 Tavoitteet/).locator('ul ul > li')).toHaveText('Yläkoulut');
});
