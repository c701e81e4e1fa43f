// The document's identity: number, place and date, kind and title, issuer,
// signer, recipients and the documents it implements. Reading it also marks
// each text line with the part it plays, so the narrative can keep the
// signature and recipients in place and leave out what went to front matter.
#pragma once
#include <string>
#include <vector>

#include "importer/layout.h"
#include "util/diagnostic.h"

namespace ck::importer {

enum class LineRole {
  Body,            // narrative
  Consumed,        // fully represented in front matter (number, date, title of a Kế hoạch)
  Omitted,         // national motto: printed on every document, not part of the plan
  Title,           // a title line kept in the text, in bold (a decision's own title)
  RecipientsHead,  // "Nơi nhận:"
  Recipient,       // "- Sở Nội vụ;"
  SignatureRole,   // "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
  SignatureName,   // "Phạm Văn Giang"
  AppendixHead,    // "Phụ lục"
  PageNumber,      // a page number left by the export
};

struct PlanMeta {
  std::string title;                    // tieu_de
  std::string number;                   // so_hieu, "" when the document has no number line
  std::string kind;                     // loai_van_ban: "Kế hoạch", "Quyết định"
  std::string issued;                   // ngay_ban_hanh: "2026-01-07", "2026-01", "2026" or ""
  std::string place;                    // dia_danh
  std::string issuer;                   // co_quan_ban_hanh
  std::string signer;                   // nguoi_ky
  std::string signer_role;              // chuc_vu_ky, lines joined by " / "
  std::string period;                   // ky: "2026" or "2026-2030"
  std::vector<std::string> implements;  // document numbers, in order of mention
  std::vector<std::string> recipients;  // noi_nhan
  bool transcribed_from_scan = false;   // ban_quet: read by OCR from a scan (set by the PDF reader)
};

struct MetaResult {
  PlanMeta meta;
  std::vector<LineRole> roles;  // one per text line
};

MetaResult read_meta(const std::vector<Line>& text, const std::string& file, Diagnostics& diags);

// Document numbers cited as "số 5256/QĐ-UBND" in `text`, in order, unique.
std::vector<std::string> find_document_numbers(std::string_view text);

// "ỦY BAN NHÂN DÂN XÃ TÂN MINH" + place "Tân Minh" -> "Ủy ban nhân dân xã Tân Minh".
// The place name's own capitals are taken from `place` as printed, never guessed.
std::string restore_case(std::string_view upper, std::string_view place);

}  // namespace ck::importer
