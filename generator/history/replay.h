// Phase 2 of a history run: each file lineage's versions read newest first
// (pack files keep the newest version whole and older ones as deltas of it),
// each blob read and parsed once, consecutive valid versions compared.
#pragma once
#include <git2.h>

#include <string>
#include <utility>
#include <vector>

#include "history/history.h"
#include "history/lineage.h"

namespace ck::history {

// What phase 2 found; commit indices are this run's (see read_history.cc).
struct Collected {
  std::vector<TaskChange> task_changes;
  std::vector<NarrativeChange> narrative_changes;
  std::vector<TaskRename> task_renames;
  std::vector<std::pair<size_t, std::string>> notes;  // commit, text without the commit prefix
  InvalidHeads invalid_heads;  // files whose newest version was skipped (see lineage.h)
  size_t blobs_read = 0;
  size_t tasks_parsed = 0;
};

// Every lineage, on up to `threads` threads (0: one per core, at most 4),
// each with its own repository handle; then sorted by commit, commune and
// plan (notes by commit and text), so the result does not depend on threads.
// A version larger than `max_bytes` is skipped with a note, like an invalid one.
void replay_lineages(git_repository* repo, const std::vector<Lineage>& lineages, unsigned threads,
                     size_t max_bytes, Collected& out);

// A JSON plan file: task changes, and a note for each invalid version.
void replay_plan_data(git_repository* repo, const Lineage& lineage, size_t max_bytes, Collected& out);
// A plan's Markdown: narrative changes.
void replay_plan_text(git_repository* repo, const Lineage& lineage, size_t max_bytes, Collected& out);

}  // namespace ck::history
