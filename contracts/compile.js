// Compiles src/**/*.sol with the pinned solc-js and writes artifacts/<Name>.json (abi, bytecode).
// Standard JSON with source names relative to this folder, so the output (metadata hash
// included) is the same on every machine.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const settings = {
  evmVersion: 'cancun', // mcopy and transient storage (ReentrancyGuardTransient); no newer opcode needed
  optimizer: { enabled: true, runs: 10000 },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

function sources(dir) {
  const out = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.sol')) out.push(rel);
  }
  return out;
}

function findImports(name) {
  const file = path.join(root, 'node_modules', name);
  if (!name.startsWith('@openzeppelin/') || !fs.existsSync(file)) return { error: `not found: ${name}` };
  return { contents: fs.readFileSync(file, 'utf8') };
}

// Library contracts the Go side deploys or talks to, emitted as artifacts of their own.
const library = ['@openzeppelin/contracts/governance/TimelockController.sol'];

const files = sources('src');
const input = {
  language: 'Solidity',
  sources: Object.fromEntries([
    ...files.map((f) => [f, { content: fs.readFileSync(path.join(root, f), 'utf8') }]),
    ...library.map((f) => [f, { content: fs.readFileSync(path.join(root, 'node_modules', f), 'utf8') }]),
  ]),
  settings,
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

let failed = false;
for (const e of output.errors || []) {
  // OpenZeppelin's transient-storage warning (2394) is about its own reentrancy guard, which clears the slot.
  if (e.errorCode === '2394' && e.sourceLocation && e.sourceLocation.file.startsWith('@openzeppelin/')) continue;
  console.error(e.formattedMessage || e.message);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

const outDir = path.join(root, 'artifacts');
fs.mkdirSync(outDir, { recursive: true });
for (const f of [...files, ...library]) {
  for (const [name, c] of Object.entries(output.contracts[f] || {})) {
    if (!c.evm.bytecode.object) continue; // interfaces and abstract contracts
    const artifact = { contractName: name, sourceName: f, compiler: solc.version(), abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
    fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    console.log(`compiled ${name} (${c.evm.bytecode.object.length / 2} bytes)`);
  }
}
