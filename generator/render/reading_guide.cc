#include "render/reading_guide.h"

#include "deadline/deadline.h"
#include "derive/status.h"
#include "render/page_paths.h"

namespace ck {

using nlohmann::json;

namespace {

const json& guide_strings(const ViewContext& ctx) {
  static const json empty = json::object();
  auto it = ctx.strings.find("guide");
  return it != ctx.strings.end() && it->is_object() ? *it : empty;
}

std::string guide_text(const ViewContext& ctx, const std::string& key) {
  return label(guide_strings(ctx), key);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// "{qua_han}" -> "Quá hạn": status names inside the guide's sentences are the badges' own labels.
std::string with_status_labels(const ViewContext& ctx, std::string text) {
  for (int i = 0; i <= static_cast<int>(TaskStatus::Adjusted); ++i) {
    StatusInfo info;
    info.status = static_cast<TaskStatus>(i);
    json badge = status_view(info, ctx.strings);
    text = replace_all(text, "{" + badge["key"].get<std::string>() + "}", badge["label"].get<std::string>());
  }
  return text;
}

json guide_list(const ViewContext& ctx, const std::string& key) {
  json out = json::array();
  auto it = guide_strings(ctx).find(key);
  if (it == guide_strings(ctx).end() || !it->is_array()) return out;
  for (const auto& item : *it)
    if (item.is_string()) out.push_back(with_status_labels(ctx, item.get<std::string>()));
  return out;
}

// Every status, in the order the pages sort them, with its badge and what it means.
json statuses(const ViewContext& ctx) {
  json out = json::array();
  const json* help = nullptr;
  if (auto it = ctx.strings.find("status_help"); it != ctx.strings.end() && it->is_object()) help = &*it;
  for (int i = 0; i <= static_cast<int>(TaskStatus::Adjusted); ++i) {
    StatusInfo info;
    info.status = static_cast<TaskStatus>(i);
    json badge = status_view(info, ctx.strings);
    std::string text = help ? label(*help, badge["key"].get<std::string>()) : "";
    out.push_back({{"status", badge}, {"help", fill(text, ctx.portal.config.due_soon_days)}});
  }
  return out;
}

// Example phrases read by the deadline parser for this year, shown as a task page shows them
// (without "còn N ngày": the examples are not tasks).
json deadline_examples(const ViewContext& ctx) {
  json out = json::array();
  PlanPeriod period{ctx.today.year, ctx.today.year};
  for (const auto& phrase : guide_list(ctx, "examples")) {
    std::string text = replace_all(phrase.get<std::string>(), "{y}", std::to_string(ctx.today.year));
    Task task;
    task.deadline = parse_deadline(text, period);
    StatusInfo info;
    info.next_due = task.deadline.occurrences.empty()
                        ? task.deadline.due
                        : std::optional<CivilDate>(task.deadline.occurrences.front());
    json d = deadline_view(task.deadline, info, task, ctx.strings);
    std::string reading = d["reading"].get<std::string>();
    if (!d["occurrences_text"].get<std::string>().empty())
      reading = label(ctx.strings, "occurrences") + ": " + d["occurrences_text"].get<std::string>();
    else if (d["needs_kind_label"].get<bool>())
      reading = d["kind_label"].get<std::string>() + ": " + reading;
    out.push_back({{"text", text}, {"kind", d["kind_label"]}, {"reading", reading}});
  }
  return out;
}

}  // namespace

json reading_guide_view(const ViewContext& ctx) {
  std::string path = paths::reading_guide();
  std::string title = label(ctx.strings, "guide_title");
  json v = page_base(ctx, path, title);
  add_crumb(v, label(ctx.strings, "home"), v["root"].get<std::string>() + paths::home());
  add_crumb(v, title, "");
  set_description(v, guide_text(ctx, "intro"));
  json g;
  g["statuses"] = statuses(ctx);
  g["examples"] = deadline_examples(ctx);
  g["heading_rules"] = guide_list(ctx, "headings_rules");
  g["sources"] = guide_list(ctx, "sources");
  g["rebuild"] =
      replace_all(with_status_labels(ctx, guide_text(ctx, "rebuild")), "{today}", ctx.today.vietnamese());
  g["illustrative"] =
      replace_all(guide_text(ctx, "illustrative"), "{tag}", label(ctx.strings, "illustrative_tag"));
  g["illustrative_communes"] = json::array();
  for (const auto& c : ctx.portal.communes)
    if (c.illustrative)
      g["illustrative_communes"].push_back(
          {{"name", c.name}, {"href", v["root"].get<std::string>() + paths::commune(c.id)}});
  v["guide"] = g;
  return v;
}

}  // namespace ck
