// Views: the JSON each template sees, made from the model and derived status.
// One builder per page type; shared pieces (status badge, deadline reading,
// counts) have one builder each, used by every page.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "derive/agencies.h"
#include "derive/derived_site.h"
#include "derive/status.h"
#include "markdown/markdown_store.h"
#include "model/model.h"

namespace ck {

class HistoryIndex;

// What a task shows wherever it is listed, the same on every page: computed
// once per build (Markdown, deadline reading, status, agency ids) rather than
// again for each of the dozen lists and pages a task appears in.
struct TaskFacts {
  std::string number;     // "12", or "3 (1)" for a sub-row
  std::string text_html;  // the task text, Markdown rendered inline
  std::vector<std::pair<std::string, std::string>> lead, partners;  // agency name as written, agency id
  std::string lead_ids;   // the lead agencies' ids, space-separated (the table filter)
  std::string due_iso;    // the next due day, "9999-12-31" when none
  nlohmann::json products, deadline, status;
};

struct ViewContext;

// Each task's facts, made the first time a page asks for them (on any render
// thread, once): a rebuild that carries a commune's pages over never makes its
// tasks' facts.
class TaskFactsTable {
 public:
  // Every task of `portal`; `ctx` (which holds this table) gives the facts their statuses, agencies and Markdown.
  void index(const Portal& portal, const ViewContext& ctx);
  const TaskFacts& at(const Task* task) const;

 private:
  struct Entry {
    const Commune* commune;
    const Plan* plan;
    const Task* task;
    mutable std::once_flag made;
    mutable TaskFacts facts;
  };
  const ViewContext* ctx_ = nullptr;
  std::unordered_map<const Task*, size_t> slot_;
  std::unique_ptr<Entry[]> entries_;  // a once_flag does not move: the entries stay where they were made
};

// What the views read: the model, the theme's strings and the derive stage's
// results (derive/derived_site.h), plus each task's facts as the theme shows them.
struct ViewContext {
  const Portal& portal;
  const nlohmann::json& strings;
  CivilDate today;
  std::string version;
  const TaskStatuses& status;     // every task's status as of today
  const std::map<std::string, AgencyIndex>& agencies;  // by commune id
  const HistoryIndex* history;                         // null: no history (not a repository, or not read)
  const MarkdownStore& markdown;                       // every fragment's HTML, rendered before the pages
  TaskFactsTable facts;                                // every task's, from task_facts(), when first asked
  const PlanArrivals* arrivals = nullptr;              // where each plan first came to the portal
};

// What every page view starts with: root (the way back to the site root),
// title, site, today, breadcrumbs (the UI strings `t` come from the template engine). `page_path` is where the
// page is written ("a/b/index.html").
nlohmann::json page_base(const ViewContext& ctx, const std::string& page_path, const std::string& title);
// Appends a breadcrumb; an empty href marks the current page.
// The label `key` from the strings file (the key itself when missing).
std::string label(const nlohmann::json& strings, const std::string& key);
void add_crumb(nlohmann::json& view, const std::string& label, const std::string& href);

nlohmann::json status_view(const StatusInfo& info, const nlohmann::json& strings);
nlohmann::json deadline_view(const Deadline& d, const StatusInfo& info, const Task& task, const nlohmann::json& strings);
nlohmann::json counts_view(const StatusCounts& counts, const nlohmann::json& strings);

// Shared pieces of page views.
StatusCounts count_tasks(const ViewContext& ctx, const Plan& plan);
StatusCounts count_commune(const ViewContext& ctx, const Commune& commune);
// A task's facts; needs `status` and `agencies` of the context filled in.
TaskFacts task_facts(const ViewContext& ctx, const Commune& commune, const Plan& plan, const Task& task);
// One task as a table row / card: number, text, agencies, deadline, status, href.
nlohmann::json task_row(const ViewContext& ctx, const Commune& commune, const Plan& plan, const Task& task,
                        const std::string& root);

// An indicator: text, target ("tối thiểu 90%"), measurements, latest value.
nlohmann::json indicator_view(const Indicator& indicator);

nlohmann::json home_view(const ViewContext& ctx);
// One commune's card on the home page (name, link, kind, counts by status): the full build's home
// and the national index built from shard summaries (publish/commune_summary.h) show the same card.
nlohmann::json home_commune_entry(const ViewContext& ctx, const Commune& commune);
nlohmann::json commune_view(const ViewContext& ctx, const Commune& commune);
nlohmann::json plan_view(const ViewContext& ctx, const Commune& commune, const Plan& plan);
// The plan's task rows grouped by section, in plan order (tasks without a
// section last, in an unnamed group): the plan page, embed and single-file forms.
nlohmann::json plan_sections_view(const ViewContext& ctx, const Commune& commune, const Plan& plan,
                                  const std::string& root);
// The plan's narrative (mục đích, nhiệm vụ, tổ chức thực hiện) with its contents, on its own page:
// the plan page leads with the tasks and links to it.
nlohmann::json plan_text_view(const ViewContext& ctx, const Commune& commune, const Plan& plan);
nlohmann::json task_view(const ViewContext& ctx, const Commune& commune, const Plan& plan, const Task& task);

// "Xã Tiên Lãng" -> "{n}" placeholders in strings: fill("còn {n} ngày", 3).
std::string fill(const std::string& pattern, long n);
// The same for a "{d}" placeholder and any text: fill_text("ngày cuối trước {d}", "13/01/2026").
std::string fill_text(const std::string& pattern, const std::string& value);

// True when a deadline is read as the day before the date it writes ("Trước ngày 13/01/2026":
// due 12/01/2026), so pages can say why the day shown differs from the one written.
bool reads_as_day_before(const Deadline& d);

// The plan's document number as citizens should see it: "" when the document leaves it blank
// before the slash ("/KH-UBND", numbered by hand after signing); pages then say it is not given.
std::string shown_doc_number(const Plan& plan);
// The plan's document as pages and search name it: "Kế hoạch 07/KH-UBND", or with the theme's
// doc_number_blank ("Kế hoạch (chưa ghi số)") when shown_doc_number is "".
std::string plan_reference(const Plan& plan, const nlohmann::json& strings);

// A page's <meta name="description">: `text` with white space collapsed, cut at a word to at most
// 160 characters (code points) with "…". Sets view["description"].
void set_description(nlohmann::json& view, const std::string& text);
// "38 chưa cập nhật, 2 quá hạn": the counts in a sentence, labels from the theme.
std::string counts_sentence(const StatusCounts& counts, const nlohmann::json& strings);
// Rendered inline HTML back to its text (tags dropped, entities decoded): descriptions are escaped again.
std::string html_to_text(const std::string& html);

}  // namespace ck
