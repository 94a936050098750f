"""Export: merged Word documents in the official-document format, and spreadsheets."""
