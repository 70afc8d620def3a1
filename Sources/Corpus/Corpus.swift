// Corpora: readers and vocabularies.
