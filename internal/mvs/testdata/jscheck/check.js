'use strict';
// Cross-check harness: metaversejs is an independent implementation of the
// Metaverse transaction format. This script reads test cases (JSON) on stdin,
// builds, signs and decodes them with metaversejs, and prints what it got
// (JSON) on stdout; the Go test compares that with its own results.
//
// Case kinds:
//   "build":  a transaction described field by field. metaversejs builds it
//             with its own API and encoder, computes each input's signature
//             hash with its own preimage encoder, signs with bitcoinjs-lib
//             (RFC 6979, low S), and also decodes and re-encodes the Go
//             encoding given in "go_hex".
//   "vector": a raw transaction; metaversejs decodes and re-encodes it, and
//             signs the inputs it is given keys for.
//
// Only glue lives here: where metaversejs has a known gap, the adaptation is
// named at the place it is made.

const M = require('metaversejs');
const bitcoin = require('bitcoinjs-lib');
const BigInteger = require('bigi');
const OPS = require('metaverse-ops');

const Transaction = M.transaction;
const Output = M.output;
const Script = M.script;

function hash256(buf) {
  return bitcoin.crypto.sha256(bitcoin.crypto.sha256(buf));
}

// ASM (mvsd's or metaversejs's) to script chunks. metaversejs's own fromASM
// cannot read OP_0 (its opcode value is falsy), so this glue does the lookup.
function asmToChunks(asm) {
  const chunks = [];
  const tokens = asm.split(/\s+/).filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === '[') {
      chunks.push(Buffer.from(tokens[i + 1], 'hex'));
      if (tokens[i + 2] !== ']') throw new Error('bad ASM: ' + asm);
      i += 2;
      continue;
    }
    const up = tok.toUpperCase();
    if (up in OPS) chunks.push(OPS[up]);
    else if (('OP_' + up) in OPS) chunks.push(OPS['OP_' + up]);
    else if (tok === 'zero') chunks.push(0);
    else throw new Error('unknown opcode ' + tok);
  }
  return chunks;
}

function scriptHex(asm) {
  return Script.fromChunks(asmToChunks(asm)).buffer.toString('hex');
}

// The signature-hash preimage, from metaversejs's encoder: Transaction.clone()
// followed by clearInputScripts().encode(index), exactly as its wallet signs.
// clone() drops the lock time and rebuilds inputs with addInput(), which
// resets every sequence to 0xffffffff; mvsd hashes the real values, so they
// are put back here.
function sigHash(tx, index) {
  const t = tx.clone();
  t.lock_time = tx.lock_time;
  t.inputs.forEach((input, j) => { input.sequence = tx.inputs[j].sequence; });
  const unsigned = t.clearInputScripts().encode(index);
  const type = Buffer.alloc(4);
  type.writeUInt32LE(1, 0);
  return hash256(Buffer.concat([unsigned, type]));
}

function keyPair(hexKey) {
  return new bitcoin.ECPair(BigInteger.fromBuffer(Buffer.from(hexKey, 'hex')), null, { compressed: true });
}

// Signs every input that has a key, the way metaversejs's wallet does
// (Wallet.generateInputScriptParameters), but from the preimage above. When
// the lock time is 0 and all sequences are final, which is where clone() loses
// nothing, the wallet's own function is also called and must agree.
function signAll(tx, inputs) {
  const allFinal = !tx.lock_time && tx.inputs.every((input) => input.sequence === 0xffffffff);
  const sighashes = [];
  const signatures = [];
  const scripts = [];
  inputs.forEach((spec, i) => {
    if (!spec.key) { sighashes.push(''); signatures.push(''); scripts.push(null); return; }
    const kp = keyPair(spec.key);
    const h = sigHash(tx, i);
    const sig = Buffer.concat([kp.sign(h).toDER(), Buffer.from([1])]);
    const params = [sig, kp.getPublicKeyBuffer()];
    const lock = /^\[ ([a-f0-9]+) \] numequalverify dup hash160 \[ [a-f0-9]+ \] equalverify checksig$/i
      .exec(tx.inputs[i].previous_output.script || '');
    if (lock) params.push(Buffer.from(lock[1], 'hex'));
    if (allFinal) {
      // metaversejs's wallet signing path, unmodified.
      let walletParams;
      M.wallet.generateInputScriptParameters(kp, tx, i).then((p) => { walletParams = p; });
      // generateInputScriptParameters resolves synchronously inside its executor;
      // its result is read after the microtask queue drains, see finish().
      const caseID = currentCase;
      pendingChecks.push(() => {
        const a = walletParams.map((b) => Buffer.from(b).toString('hex')).join(' ');
        const b = params.map((x) => x.toString('hex')).join(' ');
        if (a !== b) throw new Error('case ' + caseID + ' input ' + i + ': wallet gives ' + a + ', preimage gives ' + b);
      });
    }
    sighashes.push(h.toString('hex'));
    signatures.push(sig.toString('hex'));
    scripts.push(params);
  });
  scripts.forEach((params, i) => { if (params) tx.inputs[i].script = params; });
  return { sighashes, signatures };
}

const pendingChecks = [];
let currentCase;

function buildOutput(tx, o) {
  const a = o.attachment;
  let out;
  switch (o.kind) {
    case 'etp':
      out = tx.addOutput(o.address, 'ETP', o.value);
      break;
    case 'asset-transfer':
      out = tx.addOutput(o.address, a.symbol, a.quantity);
      out.value = o.value;
      break;
    case 'message':
      out = tx.addMessage(o.address, a.content);
      out.value = o.value;
      break;
    case 'asset-issue': {
      out = new Output().setAssetIssue(a.symbol, a.quantity, a.decimals, a.issuer, a.address, a.description,
        a.threshold & 0x7f, a.threshold >= 128);
      out.address = o.address;
      out.value = o.value;
      tx.outputs.push(out);
      break;
    }
    case 'did':
    case 'cert':
    case 'mit': {
      out = new Output();
      out.address = o.address;
      out.value = o.value;
      Object.assign(out.attachment, {
        type: { did: 4, cert: 5, mit: 6 }[o.kind],
        status: a.status, symbol: a.symbol, address: a.address,
        owner: a.owner, cert: a.cert_type, content: a.content,
      });
      tx.outputs.push(out);
      break;
    }
    default:
      throw new Error('unknown output kind ' + o.kind);
  }
  if (o.script !== undefined) {
    // A script given as mvsd ASM (burn, locked deposit) instead of an address.
    if (o.script === 'return') {
      out.setBurn();
    } else {
      out.script_type = undefined;
      out.script = o.script;
    }
  }
  if (a.version === 207) out.specifyDid(a.to_did, a.from_did);
  return out;
}

function decodeView(hex, network) {
  const tx = Transaction.decode(hex, network);
  // A snapshot: reencode() below changes the decoded objects.
  return {
    tx,
    view: JSON.parse(JSON.stringify({
      version: tx.version,
      lock_time: tx.lock_time,
      inputs: tx.inputs.map((i) => ({
        hash: i.previous_output.hash,
        index: i.previous_output.index,
        script: i.script ? scriptHex(i.script) : '',
        sequence: i.sequence,
      })),
      outputs: tx.outputs.map((o) => ({
        value: o.value,
        script: scriptHex(o.script),
        address: o.address || '',
        attachment: o.attachment,
      })),
    })),
  };
}

// Re-encodes a decoded transaction. Glue for two gaps in metaversejs: decoded
// input scripts are ASM strings where the encoder wants chunks, and a decoded
// asset issue splits the secondary-issue flag out of the threshold byte
// without the encoder putting it back.
function reencode(tx) {
  tx.inputs.forEach((input) => { input.script = input.script ? asmToChunks(input.script) : []; });
  tx.outputs.forEach((o) => {
    const a = o.attachment;
    if (a.type === 2 && a.status === 1) {
      let th = a.secondaryissue_threshold === -1 ? 127 : a.secondaryissue_threshold;
      if (a.is_secondaryissue) th += 128;
      a.secondaryissue_threshold = th;
    }
  });
  return tx.encode().toString('hex');
}

function runBuild(c) {
  const tx = new Transaction();
  tx.version = c.version;
  tx.lock_time = c.lock_time;
  c.inputs.forEach((input, i) => {
    tx.addInput(input.address, input.hash, input.index, input.prev_script);
    tx.inputs[i].sequence = input.sequence;
  });
  c.outputs.forEach((o) => buildOutput(tx, o));
  const unsigned = tx.encode().toString('hex');
  const { sighashes, signatures } = signAll(tx, c.inputs);
  const signed = tx.encode().toString('hex');
  const decoded = decodeView(c.go_hex, c.network);
  return {
    unsigned,
    unsigned_txid: Transaction.calculateTxid(unsigned).toString('hex'),
    sighashes,
    signatures,
    signed,
    signed_txid: Transaction.calculateTxid(signed).toString('hex'),
    decoded: decoded.view,
    reencoded: reencode(decoded.tx),
  };
}

function runVector(c) {
  const decoded = decodeView(c.hex, c.network);
  const result = {
    txid: Transaction.calculateTxid(c.hex).toString('hex'),
    decoded: decoded.view,
    reencoded: reencode(decodeView(c.hex, c.network).tx),
  };
  if (c.inputs && c.inputs.length) {
    const tx = decoded.tx;
    tx.inputs.forEach((input, i) => {
      const spec = c.inputs[i] || {};
      input.address = spec.address;
      input.previous_output.address = spec.address;
      input.previous_output.script = spec.prev_script;
      input.script = input.script ? asmToChunks(input.script) : [];
    });
    const { sighashes, signatures } = signAll(tx, c.inputs);
    result.sighashes = sighashes;
    result.signatures = signatures;
    result.signed = tx.encode().toString('hex');
  }
  return result;
}

function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const results = input.cases.map((c) => {
    currentCase = c.id;
    try {
      const r = c.kind === 'vector' ? runVector(c) : runBuild(c);
      r.id = c.id;
      return r;
    } catch (e) {
      return { id: c.id, error: String(e && e.stack ? e.stack : e) };
    }
  });
  // Let generateInputScriptParameters's promises settle, then compare.
  setImmediate(() => {
    const errors = [];
    for (const check of pendingChecks) {
      try { check(); } catch (e) { errors.push(String(e)); }
    }
    process.stdout.write(JSON.stringify({
      metaversejs: require('metaversejs/package.json').version,
      results,
      wallet_checks: pendingChecks.length,
      wallet_errors: errors,
    }));
  });
}

main();
