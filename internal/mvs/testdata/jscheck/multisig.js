'use strict';
// Multisig cross-check: reads cases (JSON) on stdin and answers (JSON) on
// stdout. For each case metaversejs derives the redeem script and address of a
// key set (its own multisig.generate, and from the Go redeem script), and signs
// the Go transaction's inputs, one cosigner after the other, with its wallet's
// own multisig signing function (Wallet.generateInputScriptParametersMultisig),
// the partly signed transaction passing between cosigners encoded, as it does
// between wallets. Only glue lives here.

const M = require('metaversejs');
const bitcoin = require('bitcoinjs-lib');
const BigInteger = require('bigi');
const OPS = require('metaverse-ops');

const Transaction = M.transaction;
const Script = M.script;

function keyPair(hexKey) {
  return new bitcoin.ECPair(BigInteger.fromBuffer(Buffer.from(hexKey, 'hex')), null, { compressed: true });
}

// Decoded input scripts are ASM strings where the encoder wants chunks
// (metaversejs's own fromASM cannot read "zero", whose opcode is falsy).
function asmToChunks(asm) {
  const chunks = [];
  const tokens = asm.split(/\s+/).filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === '[') {
      chunks.push(Buffer.from(tokens[i + 1], 'hex'));
      i += 2;
    } else if (tok === 'zero' || tok.toUpperCase() === 'OP_0') {
      chunks.push(0);
    } else if (tok.toUpperCase() in OPS) {
      chunks.push(OPS[tok.toUpperCase()]);
    } else if (('OP_' + tok.toUpperCase()) in OPS) {
      chunks.push(OPS['OP_' + tok.toUpperCase()]);
    } else {
      throw new Error('unknown opcode ' + tok);
    }
  }
  return chunks;
}

// One cosigner signs every input of the encoded transaction; returns it encoded.
async function cosign(hex, c, priv) {
  const tx = Transaction.decode(hex, c.network);
  tx.inputs.forEach((input) => {
    input.address = c.address;
    input.previous_output.address = c.address;
    input.previous_output.script = c.prev_asm;
    // decode gives "" for an empty script-sig: extractP2SHSignatures reads the ASM.
  });
  const kp = keyPair(priv);
  const scripts = [];
  for (let i = 0; i < tx.inputs.length; i++) {
    scripts.push(await M.wallet.generateInputScriptParametersMultisig(kp, tx, i, c.redeem));
  }
  scripts.forEach((s, i) => { tx.inputs[i].script = s; });
  return tx.encode().toString('hex');
}

// Re-encoding a decoded transaction needs the input scripts as chunks.
function reencodeScripts(hex, network) {
  const tx = Transaction.decode(hex, network);
  tx.inputs.forEach((input) => { input.script = input.script ? asmToChunks(input.script) : []; });
  return tx;
}

async function run(c) {
  const gen = M.multisig.generate(c.m, c.keys_given);
  const ordered = bitcoin.script.multisig.output.encode(c.m, c.keys_sorted.map((k) => Buffer.from(k, 'hex'))).toString('hex');
  const r = {
    id: c.id,
    generate_redeem: gen.script,
    generate_address: gen.address,
    redeem_of_sorted_keys: ordered,
    address_of_go_redeem: M.multisig.address(c.redeem),
    redeem_keys: M.multisig.publicKeysFromRedeem(c.redeem).k.map((b) => b.toString('hex')),
  };
  if (c.unsigned) {
    let hex = c.unsigned;
    r.after_each = [];
    for (const priv of c.signers) {
      // Between cosigners the transaction travels encoded.
      const tx = reencodeScripts(hex, c.network);
      hex = await cosign(tx.encode().toString('hex'), c, priv);
      r.after_each.push(hex);
    }
    r.signed = hex;
    // Whether metaversejs's own status check sees every input as complete.
    const final = Transaction.decode(hex, c.network);
    final.inputs.forEach((input) => {
      input.address = c.address;
      input.previous_output.address = c.address;
      input.previous_output.script = c.prev_asm;
    });
    r.complete = final.inputs.map((_, i) => M.multisig.getSignatureStatus(final, i, c.redeem, undefined).complete);
  }
  return r;
}

async function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const results = [];
  for (const c of input.cases) {
    try {
      results.push(await run(c));
    } catch (e) {
      results.push({ id: c.id, error: String(e && e.stack ? e.stack : e) });
    }
  }
  process.stdout.write(JSON.stringify({ metaversejs: require('metaversejs/package.json').version, results }));
}

main();
