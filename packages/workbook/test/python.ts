import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Debian's python3, which has python3-openpyxl and python3-uno; a python3
 * earlier on PATH (pyenv) may lack both.
 */
const PYTHON = process.env.ATTUNE_PYTHON ?? '/usr/bin/python3';

/** Runs a Python script with JSON-able arguments and parses the JSON it prints. */
export async function python<T>(script: string, arg: unknown, timeoutMs = 240_000): Promise<T> {
  const { stdout } = await run(PYTHON, ['-c', script, JSON.stringify(arg)], {
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
  });
  return JSON.parse(stdout) as T;
}

/** A cell as openpyxl reads it: the formula (or value) as stored and the cached value. */
export interface XlsxCell {
  /** The formula text with its `=`, or the plain value. */
  v: unknown;
  /** openpyxl's data_only value: a formula's cached result (dates as serial numbers). */
  c: unknown;
  fmt: string;
  /** Fill colour (ARGB) when the cell has a solid fill. */
  fill: string | null;
}

export interface XlsxSheet {
  title: string;
  freeze: string | null;
  filter: string | null;
  rows: XlsxCell[][];
  validations: Array<{ sqref: string; type: string }>;
}

export interface XlsxDump {
  names: Record<string, string>;
  sheets: XlsxSheet[];
}

/** Every sheet, cell, defined name and validation of an xlsx file, read by openpyxl. */
export const OPENPYXL_DUMP = String.raw`
import sys, json, datetime, openpyxl
from openpyxl.utils.datetime import to_excel
path = json.loads(sys.argv[1])

def raw(value):
    # data_only values of date-formatted cells come back as dates; the file holds serial numbers
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return to_excel(value)
    return value

wf = openpyxl.load_workbook(path)
wv = openpyxl.load_workbook(path, data_only=True)
out = {'names': {d.name: d.attr_text for d in wf.defined_names.definedName}, 'sheets': []}
for ws in wf.worksheets:
    vs = wv[ws.title]
    rows = []
    for r in range(1, ws.max_row + 1):
        row = []
        for c in range(1, ws.max_column + 1):
            cell = ws.cell(row=r, column=c)
            fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == 'solid' else None
            row.append({'v': cell.value, 'c': raw(vs.cell(row=r, column=c).value), 'fmt': cell.number_format,
                        'fill': fill if isinstance(fill, str) else None})
        rows.append(row)
    out['sheets'].append({
        'title': ws.title,
        'freeze': ws.freeze_panes,
        'filter': ws.auto_filter.ref,
        'rows': rows,
        'validations': [{'sqref': str(v.sqref), 'type': v.type} for v in ws.data_validations.dataValidation],
    })
print(json.dumps(out, default=lambda o: o.isoformat()))
`;

/** One input to change before recalculating. */
export interface CellEdit {
  sheet: string;
  cell: string;
  value: number;
}

/** A sheet after LibreOffice recalculated it: formulas and values in the used area, and error codes. */
export interface CalcSheet {
  name: string;
  formulas: string[][];
  values: Array<Array<number | string>>;
  /** `row,col` (0-based) of formula cells that evaluate to an error, with LibreOffice's error code. */
  errors: Record<string, number>;
}

export interface CalcResult {
  /** The workbook as loaded, after a full recalculation. */
  recalculated: CalcSheet[];
  /** For each scenario: the workbook with its edits applied, after a full recalculation. */
  scenarios: CalcSheet[][];
}

/**
 * Opens an xlsx in headless LibreOffice (a private profile in a temporary
 * folder, so it neither needs nor touches a user's), forces a FULL
 * recalculation with calculateAll() (LibreOffice otherwise keeps an xlsx's
 * cached results), and dumps every sheet; then, for each scenario, reloads,
 * applies the edits, recalculates and dumps again.
 */
export const LIBREOFFICE_RECALC = String.raw`
import sys, os, json, time, shutil, tempfile, subprocess
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

req = json.loads(sys.argv[1])

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

def dump(doc):
    sheets = []
    for i in range(doc.Sheets.getCount()):
        sheet = doc.Sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        rng = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        formulas = [list(r) for r in rng.getFormulaArray()]
        values = [list(r) for r in rng.getDataArray()]
        errors = {}
        for r, row in enumerate(formulas):
            for c, f in enumerate(row):
                if f.startswith('='):
                    e = sheet.getCellByPosition(c, r).getError()
                    if e != 0:
                        errors['%d,%d' % (r, c)] = e
        sheets.append({'name': sheet.getName(), 'formulas': formulas, 'values': values, 'errors': errors})
    return sheets

profile = tempfile.mkdtemp(prefix='attune-lo-')
pipe = 'attune_lo_%d' % os.getpid()
proc = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
                         '--nolockcheck', '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
                         '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
desktop = None
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    ctx = None
    for _ in range(1200):
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except NoConnectException:
            time.sleep(0.1)
    if ctx is None:
        raise SystemExit('LibreOffice did not start')
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    url = uno.systemPathToFileUrl(os.path.abspath(req['file']))
    out = {'recalculated': None, 'scenarios': []}
    for n, edits in enumerate([None] + req['scenarios']):
        doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
        for e in edits or []:
            doc.Sheets.getByName(e['sheet']).getCellRangeByName(e['cell']).setValue(e['value'])
        doc.calculateAll()
        sheets = dump(doc)
        doc.close(True)
        if n == 0:
            out['recalculated'] = sheets
        else:
            out['scenarios'].append(sheets)
    print(json.dumps(out))
finally:
    try:
        if desktop is not None:
            desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(profile, ignore_errors=True)
`;
