"""The one place that speaks SQL: the interview database."""
