/*
 * The anchor of the workbook-path benchmark: libxlsxwriter in constant-memory
 * mode writing the StaffTime rows of the cost-evaluation workbook, with the
 * same 12 columns, widths, number formats, header row, frozen pane,
 * autofilter, the three formulas per row with their cached results, and the
 * same split at Excel's row limit (StaffTime, StaffTime2, ...).
 *
 * Input: the CSV the benchmark dumps with COPY (no header), one ledger line a
 * row: date (YYYY-MM-DD), LA, staff code, cost role, activity, source, family
 * reference (may be empty), minutes, rate in pounds an hour, kind.
 *
 *   cc -O2 -o workbook-anchor workbook-anchor.c $(pkg-config --cflags --libs xlsxwriter)
 *   ./workbook-anchor lines.csv out.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_DATA_ROWS 1048575
#define FIELDS 10

static const char *HEADERS[12] = {"Date",     "LA",    "Staff code",       "Cost role",
                                  "Activity", "Source", "Family reference", "Minutes",
                                  "Hours",    "Rate (£/h)", "Cost (£)",     "Kind"};
static const double WIDTHS[12] = {12, 12, 14, 22, 22, 20, 16, 10, 10, 12, 12, 11};

/* Days from 1899-12-30 (Excel's day 0 in the 1900 system) to y-m-d. */
static double serial(int y, int m, int d) {
  /* Days from civil (Howard Hinnant), relative to 1970-01-01. */
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long days = era * 146097 + doe - 719468;
  return (double)(days + 25569);
}

static lxw_worksheet *open_sheet(lxw_workbook *wb, int n, lxw_format *header) {
  char name[32];
  if (n == 1)
    snprintf(name, sizeof name, "StaffTime");
  else
    snprintf(name, sizeof name, "StaffTime%d", n);
  lxw_worksheet *ws = workbook_add_worksheet(wb, name);
  for (int c = 0; c < 12; c++) worksheet_set_column(ws, c, c, WIDTHS[c], NULL);
  worksheet_freeze_panes(ws, 1, 0);
  for (int c = 0; c < 12; c++) worksheet_write_string(ws, 0, c, HEADERS[c], header);
  return ws;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s LINES.csv OUT.xlsx\n", argv[0]);
    return 2;
  }
  FILE *in = fopen(argv[1], "r");
  if (!in) {
    perror(argv[1]);
    return 1;
  }
  lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
  lxw_workbook *wb = workbook_new_opt(argv[2], &options);
  lxw_format *header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_font_color(header, 0xFFFFFF);
  format_set_bg_color(header, 0x1F4E78);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format *date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy-mm-dd");
  lxw_format *hours = workbook_add_format(wb);
  format_set_num_format(hours, "0.00");
  lxw_format *money = workbook_add_format(wb);
  format_set_num_format(money, "£#,##0.00");

  int sheets = 1;
  lxw_worksheet *ws = open_sheet(wb, sheets, header);
  lxw_row_t row = 0;
  long lines = 0;
  char buffer[4096];
  char formula[256];
  while (fgets(buffer, sizeof buffer, in)) {
    char *field[FIELDS];
    int n = 0;
    char *p = buffer;
    buffer[strcspn(buffer, "\r\n")] = '\0';
    while (n < FIELDS) {
      field[n++] = p;
      char *comma = strchr(p, ',');
      if (!comma) break;
      *comma = '\0';
      p = comma + 1;
    }
    if (n != FIELDS) {
      fprintf(stderr, "line %ld: %d fields, expected %d\n", lines + 1, n, FIELDS);
      return 1;
    }
    if (row >= MAX_DATA_ROWS) {
      worksheet_autofilter(ws, 0, 0, row, 11);
      ws = open_sheet(wb, ++sheets, header);
      row = 0;
    }
    row++;
    int y, m, d;
    sscanf(field[0], "%d-%d-%d", &y, &m, &d);
    double minutes = atof(field[7]);
    double rate = atof(field[8]);
    unsigned r = row + 1;
    worksheet_write_number(ws, row, 0, serial(y, m, d), date);
    for (int c = 1; c <= 6; c++)
      if (field[c][0] != '\0') worksheet_write_string(ws, row, c, field[c], NULL);
    worksheet_write_number(ws, row, 7, minutes, NULL);
    snprintf(formula, sizeof formula, "H%u/60", r);
    worksheet_write_formula_num(ws, row, 8, formula, hours, minutes / 60);
    snprintf(formula, sizeof formula,
             "SUMIFS(UnitCosts!$I:$I,UnitCosts!$A:$A,$D%u,UnitCosts!$J:$J,\"<=\"&$A%u,"
             "UnitCosts!$K:$K,\">=\"&$A%u)",
             r, r, r);
    worksheet_write_formula_num(ws, row, 9, formula, money, rate);
    snprintf(formula, sizeof formula, "I%u*J%u", r, r);
    worksheet_write_formula_num(ws, row, 10, formula, money, minutes / 60 * rate);
    worksheet_write_string(ws, row, 11, field[9], NULL);
    lines++;
  }
  worksheet_autofilter(ws, 0, 0, row, 11);
  fclose(in);
  lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) {
    fprintf(stderr, "libxlsxwriter: %s\n", lxw_strerror(error));
    return 1;
  }
  printf("%ld lines on %d sheets\n", lines, sheets);
  return 0;
}
