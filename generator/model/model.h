// The portal's data model, shared by every stage after loading. Plain data:
// loading fills it, derive computes from it, render reads views made from it.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "deadline/deadline.h"
#include "util/civil_date.h"

namespace ck {

struct SourceLocation {
  std::string file;  // relative to the source root
  int line = 0;
  int column = 0;
};

// What an editor reports. "chua_cap_nhat" (no report yet) is the default for
// real plans: nothing is assumed about work nobody has reported.
enum class ReportedStatus { NoReport, NotStarted, InProgress, Done, Cancelled, Adjusted };
std::string_view reported_status_key(ReportedStatus s);  // "chua_cap_nhat", …
std::optional<ReportedStatus> reported_status_from_key(std::string_view key);

struct Update {
  CivilDate date;
  std::string note;                   // Markdown
  std::vector<std::string> evidence;  // document numbers or links
};

struct Task {
  std::string id;          // stable slug, history is keyed on it
  std::string previous_id; // "ma_cu": an earlier id this task had (history follows it)
  std::string number;      // as printed: "12", "3a", "" for an unnumbered sub-row
  std::string section_id;
  std::string parent_id;   // for unnumbered sub-rows
  std::string text;        // Markdown
  std::vector<std::string> lead;      // agency names as written
  std::vector<std::string> partners;  // agency names as written
  Deadline deadline;                  // text verbatim + interpretation (override wins)
  std::vector<std::string> products;
  ReportedStatus status = ReportedStatus::NoReport;
  std::optional<int> progress;          // 0..100
  std::optional<CivilDate> completed;   // "ngay_hoan_thanh"
  std::vector<Update> updates;
  // "can_doi_chieu": the fields ("noi_dung", "thoi_han", …) read from a scan
  // with uncertain OCR, shown as not yet compared with the original until a
  // clerk checks them and removes the names (the schema lists the names).
  std::vector<std::string> unverified_fields;
  SourceLocation where;
};

struct Section {
  std::string id;
  std::string number;  // "I"
  std::string title;
};

struct Measurement {
  CivilDate date;
  double value = 0;
  std::string note;
};

struct Indicator {
  std::string id;
  std::string text;        // the sentence, verbatim
  std::string comparator;  // ">=", "<=", "=", ">", "<"
  double target = 0;
  std::string unit;        // "%", "hồ sơ", …
  std::vector<Measurement> measurements;
};

struct PlanReference {
  std::string number;  // "5256/QĐ-UBND"
  std::string plan;    // "hai-phong/cchc-2026" when the portal has it, else empty
};

struct Plan {
  std::string id;
  std::string commune_id;
  std::string title;
  std::string doc_number;   // "07/QĐ-UBND", "/KH-UBND" in drafts
  std::string doc_kind;     // "Kế hoạch", "Quyết định"
  std::optional<PartialDate> issued;
  std::string place;
  std::string issuer;
  std::string signer;
  std::string signer_role;
  PlanPeriod period;
  std::vector<PlanReference> implements;
  std::vector<std::string> recipients;
  std::string source;       // where the text came from
  bool transcribed_from_scan = false;
  std::string body_markdown;
  std::vector<Section> sections;
  std::vector<Task> tasks;
  std::vector<Indicator> indicators;
  std::string markdown_path;  // relative to the source root
  std::string data_path;
};

enum class CommuneKind { Xa, Phuong, DacKhu, ThanhPho };
std::string_view commune_kind_key(CommuneKind k);    // "xa", "phuong", "dac_khu", "thanh_pho"
std::string_view commune_kind_label(CommuneKind k);  // "Xã", "Phường", "Đặc khu", "Thành phố"
std::optional<CommuneKind> commune_kind_from_key(std::string_view key);

struct Agency {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
};

// How citizens reach the commune, from its _index.md; every field optional and
// shown only when given (a real commune's contact is never made up).
struct CommuneContact {
  std::string address;       // "dia_chi"
  std::string phone;         // "dien_thoai", as written: "0225 3883 456"
  std::string email;         // "email"
  std::string feedback_url;  // "trang_gop_y": its portal's feedback page (http/https)
};

struct Commune {
  std::string id;
  std::string name;  // "Xã Tiên Lãng"
  CommuneKind kind = CommuneKind::Xa;
  std::string parent_id;
  std::string portal_url;
  CommuneContact contact;
  bool illustrative = false;  // fictional example data, labelled on every page
  int order = 0;
  std::string body_markdown;
  std::vector<Plan> plans;       // sorted by id
  std::vector<Agency> agencies;  // registry, sorted by id
  std::string markdown_path;
  // Each file the loader read for this commune, in reading order: its path and the SHA-256 of
  // the text it parsed. An incremental build fingerprints these (cli/page_fingerprints.h), not
  // the files as they are later, so a file saved during a build cannot pair new bytes with
  // pages made from the old ones.
  std::vector<std::pair<std::string, std::string>> sources;
};

struct SiteConfig {
  std::string title = "Công khai kế hoạch";
  std::string description;
  std::string base_url;          // absolute, for feeds and canonical links; may be empty
  std::string commit_url;        // "https://…/commit/{commit}"
  std::string licence = "CC BY 4.0";
  int due_soon_days = 14;
  std::string theme_dir;         // a theme folder in the content repo, overriding the default
  // Communes whose history is read from another git repository (path
  // relative to the source), e.g. the illustrative commune's fixture history.
  std::map<std::string, std::string> history_sources;
};

struct Portal {
  SiteConfig config;
  std::string config_sha256;      // of congkhai.yaml as read ("" without one), like Commune::sources
  std::vector<Commune> communes;  // sorted: cities first, then by order, then id

  const Commune* find_commune(std::string_view id) const;
  const Plan* find_plan(std::string_view commune_id, std::string_view plan_id) const;
};

// The number a task shows: as printed ("12"), or "3 (1)", "3 (2)" for the
// unnumbered sub-rows of task 3, in plan order. Pages and open data alike.
std::string task_display_number(const Plan& plan, const Task& task);

}  // namespace ck
