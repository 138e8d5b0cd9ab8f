"""Notes a negotiation thread carries for the stages that read threads after they are built.

Written by the negotiation stage (``negotiations.tracker``) and read by the actor stage's tier
revision (``actors.roles``), which runs once the threads exist: the note lives here, beside both
stages, so that the actor stage imports nothing from the later negotiation stage
(``tests/test_extract_layers.py``).
"""

from __future__ import annotations

# the note of a thread a joint title displaced from the primary (``tracker``): its sides sat
# at the table before the title's pair did, and keep their tier (``actors.roles``)
DISPLACED_NOTE = "talks the title's leaders speak of, not their own table"
