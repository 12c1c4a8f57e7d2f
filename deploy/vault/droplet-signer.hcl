# Vault policy of droplet-signer: sign with the Ethereum authorisation key (transit), read its
# public key, read the Metaverse payout key (KV v2), and keep its own token alive. Nothing else:
# Vault denies every path not granted here. The paths assume the mounts and names of
# deploy/examples/signer.json (transit, droplet-eth, secret, droplet/mvs-payout); change them
# together. Load it with: vault policy write droplet-signer deploy/vault/droplet-signer.hcl

# The P-256 key's public half and properties: the signer refuses to start when the key is
# exportable or allows a plaintext backup.
path "transit/keys/droplet-eth" {
  capabilities = ["read"]
}

# Signing a transfer's EIP-712 digest (prehashed SHA-256 input).
path "transit/sign/droplet-eth" {
  capabilities = ["update"]
}

# The Metaverse payout key, read once at start into memory.
path "secret/data/droplet/mvs-payout" {
  capabilities = ["read"]
}

# The token's own lifetime (the signer renews it and logs in again with AppRole when it expires).
path "auth/token/lookup-self" {
  capabilities = ["read"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}

# Spelled out although nothing above grants them: the key never leaves Vault and its
# configuration is not the signer's to change.
path "transit/export/*" {
  capabilities = ["deny"]
}
path "transit/backup/*" {
  capabilities = ["deny"]
}
path "transit/keys/droplet-eth/config" {
  capabilities = ["deny"]
}
