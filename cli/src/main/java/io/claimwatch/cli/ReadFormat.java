package io.claimwatch.cli;

/** How the commands that read the store print: a table for people, or JSON Lines for programs. */
enum ReadFormat { table, jsonl }
