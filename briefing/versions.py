"""Version numbers that cache keys depend on, importable without importing the extractor.

A warm start must not pay for importing the extractor (its rules, lexicons and knowledge base
take a few hundred milliseconds) just to learn which version made the cached analyses.
"""

# Bump when the extractor's output changes, or the layout's (sections, paragraphs, turns,
# dateline): the analysis cache and the saved search index are keyed by it.  (The analysis
# cache also hashes the code, but the search index and a pinned fingerprint rely on this.)
# 0.4.0: parties by role; 0.5.0: transcripts' speaker turns, topic sections and datelines;
# 0.6.0: firms, acronyms, known mediators, second known pairs; 0.6.1: quote speakers the actor
# pass missed, titles alone, papers, reporters' "you said" and the timeline's dates; 0.6.2:
# agenda items and status; 0.6.3: people by role, speaker labels out of mentions, unknown
# people, belligerents, parties by role in press briefings and readouts; 0.6.4: commitments,
# calls and demands on the agenda, status from past and present cues; 0.6.5: parties11's
# second round (titles' pairs and authors, compared deals, another summit of a briefing,
# honorifics and cut-off names, the Europeans); 0.6.6: speak11's headline quotes, passive
# speech verbs, interviews with names as labels, the timeline's events and named days; 0.6.7:
# general11's fresh-gold rules (firms described by nationality, reporters' pronouns, deals
# rejected, violated or signed up to, no name run across a dateline, "the group" a long quote
# after the group was named, seasons, "should"/"must" look ahead, "end-1986", a briefer's
# words about the call, "over the past year", relays' sources, bodies quoted in the
# dispute, firms by their shares and chief executives, "today's talks" in a quote); 0.6.8:
# "with the aim of concluding a treaty" is no agreement; 0.6.9-0.6.37 (session 5): parties by
# role (agency, reporters, non-actors, initials), sides that act, thread status and sides,
# agenda terms beyond security, quote speakers, timeline occasions; 0.6.36: agenda5's item
# status (no provisional item far from a deal, what stands in the way is contested), trade of
# names, consequences for people; 0.6.38: threads5's last sides and status rules merged;
# 0.6.39-0.6.46: fix5 (qa5 trial: deed-noun agents, dateline agencies, lists of principals,
# forums, delivery notes and interview headings, signatories, a bloc inside its bodies' names,
# KB Anutin).
EXTRACTOR_VERSION = "0.6.224"

# Bump when the compiled knowledge base's shape changes (briefing.knowledge.compiler): its own
# cache is keyed by it, and so is the analysis cache.
COMPILER_VERSION = "kb-23"
