#include "importer/importer.h"

#include <algorithm>

#include "deadline/deadline.h"
#include "importer/document_lowering.h"
#include "importer/indicators.h"
#include "importer/layout.h"
#include "importer/narrative.h"
#include "importer/narrative_markdown.h"
#include "importer/table_rows.h"
#include "importer/tasks.h"
#include "util/text.h"

namespace ck::importer {
namespace {

PlanPeriod period_of(const std::string& ky) {
  PlanPeriod p;
  if (ky.size() >= 4) p.first_year = p.last_year = std::stoi(ky.substr(0, 4));
  if (ky.size() >= 9) p.last_year = std::stoi(ky.substr(5, 4));
  return p;
}

// Text lines the table could not place go back into the text, after what
// preceded the table, so they are published and can be moved by hand.
std::vector<Line> text_with_unplaced(const Layout& layout, const Table& table) {
  std::vector<Line> text(layout.text.begin(),
                         layout.text.begin() + static_cast<long>(layout.text_before_table));
  text.insert(text.end(), table.unplaced.begin(), table.unplaced.end());
  text.insert(text.end(), layout.text.begin() + static_cast<long>(layout.text_before_table),
              layout.text.end());
  return text;
}

void summarise(ImportResult& r, const Table& table, const TaskList& tasks, const std::vector<Block>& blocks) {
  ImportSummary& s = r.summary;
  s.sections = tasks.sections.size();
  PlanPeriod period = period_of(r.meta.period);
  for (const auto& t : tasks.tasks) {
    (t.number.empty() ? s.sub_rows : s.numbered_tasks)++;
    if (!t.deadline.empty() && parse_deadline(t.deadline, period).kind != DeadlineKind::Unknown)
      ++s.deadlines_read;
  }
  s.header_rows = table.header_rows;
  s.continuation_rows = table.continuation_rows;
  for (const auto& b : blocks)
    if (b.kind == BlockKind::Roman || (b.kind == BlockKind::Heading && b.level == 1)) ++s.narrative_headings;
}

// A task table whose header was found but none of whose rows became a task: never an empty plan
// published with the table's words in its text. What to do depends on where the table came from.
std::string empty_table_message(std::string_view format) {
  std::string m = "bảng nhiệm vụ có dòng tiêu đề (TT, Nội dung, …) nhưng không đọc được dòng nhiệm vụ nào; "
                  "nhập tiếp sẽ ra một kế hoạch trống nên chưa ghi tệp nào — ";
  if (format == "pdf")
    return m + "bảng in trong PDF không có đường kẻ giữa các dòng (chữ trong ô căn giữa, bảng không kẻ viền) nên "
               "không tách được các dòng: hãy nhập tệp Word (.docx, .odt, .doc) của văn bản, hoặc in lại bản PDF "
               "với bảng có kẻ viền (Word/LibreOffice: chọn bảng → Đường viền → Tất cả đường viền) rồi nhập lại";
  if (format == "txt")
    return m + "mỗi dòng nhiệm vụ phải có các cột cách nhau bằng dấu tab như dòng tiêu đề";
  return m + "hãy kiểm tra bảng phụ lục là một bảng thật (Chèn → Bảng), mỗi nhiệm vụ một dòng của bảng, không phải "
             "chữ căn bằng dấu cách hay ảnh";
}

// The one pipeline, from the text form's lines; `format`: "txt", or the reader's ("docx", "pdf", …).
ImportResult import_lines(const std::vector<Line>& lines, const ImportOptions& options, std::string_view format) {
  ImportResult r;
  const std::string& file = options.file;
  Layout layout = split_layout(lines);
  Table table = read_table(layout.table, file, r.diags);
  std::vector<Line> text = text_with_unplaced(layout, table);
  MetaResult meta = read_meta(text, file, r.diags);
  r.meta = meta.meta;
  r.meta.transcribed_from_scan = options.from_scan;
  std::vector<Block> blocks = reflow(text, meta.roles);
  TaskList tasks = build_tasks(table, file, r.diags);
  std::vector<ImportedIndicator> indicators = find_indicators(blocks);
  summarise(r, table, tasks, blocks);
  r.summary.indicators = indicators.size();
  if (r.summary.narrative_headings == 0 && tasks.tasks.empty())
    r.diags.error(file, 0, 0,
                  "không nhận ra kế hoạch: không có mục “I.”, “II.” nào và không có bảng nhiệm vụ");
  else if (table.header_rows > 0 && tasks.tasks.empty())
    r.diags.error(file, layout.table.front().no, 0, empty_table_message(format));
  r.diags.sort();
  if (r.diags.has_errors()) return r;
  r.markdown = write_markdown(r.meta, options.source_name, options.links, render_markdown(blocks));
  r.json = write_plan_json(tasks, indicators);
  r.ok = true;
  return r;
}

}  // namespace

ImportResult import_plan(std::string_view content, const ImportOptions& options) {
  if (size_t bad = find_invalid_utf8(content); bad != std::string_view::npos) {
    ImportResult r;
    auto [line, col] = line_col_at(content, bad);
    r.diags.error(options.file, line, col, "tệp không phải văn bản UTF-8; hãy lưu lại với mã UTF-8");
    return r;
  }
  return import_lines(read_lines(content), options, "txt");
}

ImportResult import_document(const SourceDocument& doc, const ImportOptions& options) {
  LoweredText lowered = lower_document(doc);
  // XML parsers pass bytes through: a document with broken UTF-8 is refused here, for every reader.
  if (size_t bad = find_invalid_utf8(lowered.text); bad != std::string_view::npos) {
    ImportResult r;
    auto line = static_cast<size_t>(std::max(1, line_col_at(lowered.text, bad).first));
    std::string where = line <= lowered.where.size() ? lowered.where[line - 1] : "";
    r.diags.error(options.file + (where.empty() ? "" : " (" + where + ")"), 0, 0,
                  "văn bản có chữ không phải UTF-8 hợp lệ (tệp hỏng hoặc do phần mềm khác tạo) — mở tệp bằng Word "
                  "hoặc LibreOffice, lưu lại rồi nhập lại");
    return r;
  }
  std::vector<Line> lines = read_lines(lowered.text);
  for (size_t i = 0; i < lines.size() && i < lowered.heading.size(); ++i) {
    lines[i].heading = lowered.heading[i];
    lines[i].uncertain = lowered.uncertain[i];
  }
  ImportResult r = import_lines(lines, options, doc.format);
  Diagnostics located;
  for (Diagnostic d : r.diags.items()) {
    if (d.line > 0 && static_cast<size_t>(d.line) <= lowered.where.size() &&
        !lowered.where[static_cast<size_t>(d.line) - 1].empty()) {
      d.file += " (" + lowered.where[static_cast<size_t>(d.line) - 1] + ")";
      d.line = d.column = 0;
    }
    located.add(std::move(d));
  }
  for (const auto& note : doc.notes)
    located.warning(options.file + (note.where.empty() ? "" : " (" + note.where + ")"), 0, 0, note.message);
  located.sort();
  r.diags = std::move(located);
  return r;
}

}  // namespace ck::importer
