"""Time: dates and time expressions resolved against the published date, and the timeline."""
