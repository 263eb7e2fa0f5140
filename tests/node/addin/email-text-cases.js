// Runs the task pane's email readers (src/Bot/wwwroot/addin/email-text.js) on cases read as JSON from stdin, prints the answers.
// stdin: [{ fn: "respondBy"|"whatWasAsked"|"claimFor", args: [...] }]   stdout: [answer, ...]
'use strict';
const path = require('path');
const readers = require(path.join(__dirname, '..', '..', '..', 'src', 'Bot', 'wwwroot', 'addin', 'email-text.js'));

let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  const answers = cases.map((c) => {
    const value = readers[c.fn].apply(null, c.args);
    return c.fn === 'claimFor' ? (value ? value.id : null) : value;
  });
  console.log(JSON.stringify(answers));
});
