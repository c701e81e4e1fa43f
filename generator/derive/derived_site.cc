#include "derive/derived_site.h"

#include <future>

#include "history/history.h"
#include "model/task_kind.h"
#include "util/parallel.h"

namespace ck {

namespace {

// A task reported done without a completion date takes the day of the commit
// that first set it done: the record, not the editor's memory.
void completion_dates_from_history(Portal& portal, const HistoryIndex& index) {
  for (auto& c : portal.communes)
    for (auto& p : c.plans)
      for (auto& t : p.tasks) {
        if (t.status != ReportedStatus::Done || t.completed) continue;
        if (auto commit = index.first_done_commit(c.id, p.id, t.id))
          t.completed = commit_local_date(index.history().commits.at(*commit));
      }
}

// Every Markdown text a page can show: commune and plan bodies, update notes
// (documents), and the task cells — text, products, deadline (inline).
void collect_markdown(const Portal& portal, MarkdownStore& store) {
  for (const auto& c : portal.communes) {
    store.add_document(c.body_markdown);
    for (const auto& p : c.plans) {
      store.add_document(p.body_markdown);
      for (const auto& t : p.tasks) {
        store.add_inline(t.text);
        for (const auto& product : t.products) store.add_inline(product);
        store.add_inline(t.deadline.text);
        for (const auto& u : t.updates) store.add_document(u.note);
      }
    }
  }
}

// The Markdown fields' earlier values, which a task's history shows: rendered
// like the current ones, so "*(…)*" reads as it does in the table.
void collect_history_markdown(const History& history, MarkdownStore& store) {
  for (const TaskChange& change : history.task_changes)
    for (const FieldChange& f : change.fields)
      if (f.field == "noi_dung" || f.field == "thoi_han" || f.field == "san_pham") {
        if (!f.before.empty()) store.add_inline(f.before);
        if (!f.after.empty()) store.add_inline(f.after);
      }
}

}  // namespace

DerivedSite::DerivedSite(Portal& portal, const History* history, const DeriveOptions& options)
    : today_(options.today) {
  // The Markdown (one parse at a time) is rendered beside the statuses and indexes: it reads only
  // texts, which completion dates (the one change made to the portal below) do not touch.
  status_.reserve(row_total(portal));
  auto markdown = std::async(std::launch::async, [this, &portal, history] {
    collect_markdown(portal, markdown_);
    if (history) collect_history_markdown(*history, markdown_);
    markdown_.render_all();
  });
  if (history) completion_dates_from_history(portal, history_.emplace(*history));
  StatusOptions status_options{options.today, options.due_soon_days};
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) {
      std::vector<RowKind> kinds = classify_rows(p);
      for (size_t i = 0; i < p.tasks.size(); ++i) {
        StatusInfo& info = status_[&p.tasks[i]] = derive_status(p.tasks[i], status_options);
        info.row = kinds[i];
      }
      // Headings last, from the back: a heading nested under another is summarised before its parent.
      for (size_t i = p.tasks.size(); i-- > 0;) {
        if (kinds[i] != RowKind::Heading) continue;
        std::vector<StatusInfo> subs;
        for (const Task* sub : sub_rows(p, p.tasks[i])) subs.push_back(status_.at(sub));
        status_[&p.tasks[i]] = summarize_rows(subs);
      }
    }
  {  // Each commune's agencies are its own (folding names is the costly part): on every core.
    std::vector<std::optional<AgencyIndex>> built(portal.communes.size());
    parallel_for(built.size(), 0, [&](size_t i) { built[i].emplace(portal.communes[i]); });
    for (size_t i = 0; i < built.size(); ++i) agencies_.emplace(portal.communes[i].id, std::move(*built[i]));
  }
  if (history_)
    for (const auto& c : portal.communes)
      for (const auto& p : c.plans)
        for (const NarrativeChange* nc : history_->narrative_for_plan(c.id, p.id))
          if (nc->kind == ChangeKind::Added) {
            arrivals_[nc->commit].emplace_back(&c, &p);
            break;
          }
  markdown.get();
}

}  // namespace ck
