// The usage of `carestats start`, apart from the command: every other command prints it in `carestats help`
// without loading the report and web server start needs (cli/main.ts loads start.ts only to run it).
export const START_USAGE = `carestats start [--port N] [--data DIR] [--out DIR] [--no-serve]

  Runs the whole job on a synthetic demo council: writes its files to DATA/demo,
  checks them, stores them in DATA/carestats.sqlite, computes the measures for the last
  13 month ends, writes the report to OUT/index.html and serves it on http://localhost:PORT.

  --port N     port to serve on (default 3000, or the PORT environment variable)
  --data DIR   folder for the demo files and the database (default ./data): not one
               holding your own data files, which would be read with the demo's
  --out DIR    folder for the report (default ./out)
  --no-serve   write the report and stop, without serving it

  The date is today's in Europe/London; set CARESTATS_TODAY=YYYY-MM-DD to fix it.`;
