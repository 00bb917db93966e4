// Child process of bench/scale.ts: fills every input cell of the given department workbooks
// the way a data owner would, so the bench's own exceljs work does not count in the peak
// memory of the product's operations. Prints the filled files as JSON.
import ExcelJS from 'exceljs';

const out: string[] = [];
for (const file of process.argv.slice(2)) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('數據 Data') as ExcelJS.Worksheet;
  for (let r = 5; r <= sheet.rowCount; r++) sheet.getCell(r, 8).value = sheet.getCell(r, 6).value === '%' ? 50 : r;
  const filled = file.replace(/\.xlsx$/, '-filled.xlsx');
  await wb.xlsx.writeFile(filled);
  out.push(filled);
}
process.stdout.write(JSON.stringify(out));
