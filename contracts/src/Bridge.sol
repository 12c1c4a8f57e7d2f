// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {WrappedToken} from "./WrappedToken.sol";

/// @title TokenDroplet bridge, Ethereum side
/// @notice Takes deposits bound for Metaverse and pays out transfers from Metaverse.
///
/// A payout (`release` for lock routes, `mint` for mint routes) needs both the signer's P-256
/// signature and a quorum of watcher secp256k1 signatures over the same EIP-712 digest, so a
/// stolen signer key alone moves nothing. Each source event pays out at most once (`consumed`),
/// under a per-route daily cap and a global pause.
///
/// Fees: `amount` is what the recipient gets and `fee` is what the bridge keeps. On a lock route
/// the fee is simply never paid out, so it stays here. On a mint route the fee is not minted at all:
/// it stays locked on Metaverse as surplus backing, exactly as a lock route's fee stays here as
/// surplus reserve, so on every route the locked side holds circulating supply plus fees.
///
/// Daily caps use UTC day buckets (`block.timestamp / 1 days`): up to twice the cap can leave
/// within 24 hours around midnight. The signer enforces the rolling 24-hour cap before signing;
/// this is the backstop.
///
/// Governance: the bridge creates its own OpenZeppelin `TimelockController` at deployment and
/// makes it the only holder of DEFAULT_ADMIN_ROLE (two-step, delayed handover by
/// `AccessControlDefaultAdminRules`), ADMIN_ROLE (every setter) and UNPAUSER_ROLE. So every
/// configuration change and every role grant is a timelocked proposal of the proposers, which
/// the proposers and the pausers can cancel while it waits; pausing is instant for any pauser.
/// No account outside the timelock holds a configuration role at any time.
contract Bridge is AccessControlDefaultAdminRules, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice A transfer as the watchers and the signer sign it (EIP-712 type `Transfer`).
    struct Transfer {
        uint256 sourceChain;
        bytes32 sourceTx;
        uint32 sourceIndex;
        bytes32 sourceBlock;
        bytes32 route;
        uint256 destChain;
        bytes32 destToken;
        bytes recipient;
        uint256 amount;
        uint256 fee;
    }

    /// @notice A route's Ethereum side. A route exists when `token` is not zero.
    struct Route {
        address token;
        uint8 mode;
        bool enabled;
        uint256 dailyCap;
    }

    /// @notice Who governs a new bridge. `delay` is the timelock's minimum delay (days on mainnet,
    /// seconds on a devnet); `proposers` schedule changes (and may cancel them); `executors`
    /// execute ready ones (address(0) opens execution to anyone); `pausers` pause instantly and
    /// cancel waiting proposals; `adminTransferDelay` is how long a default-admin handover waits.
    struct Governance {
        uint256 delay;
        address[] proposers;
        address[] executors;
        address[] pausers;
        uint48 adminTransferDelay;
    }

    /// @notice A route the bridge starts with, as `setRoute` takes it.
    struct InitialRoute {
        bytes32 route;
        address token;
        uint8 mode;
        uint256 dailyCap;
        bool enabled;
    }

    // One slot per route: how much was paid out on `day`.
    struct Usage {
        uint64 day;
        uint192 used;
    }

    bytes32 public constant ADMIN_ROLE = keccak256("ADMIN_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    bytes32 public constant UNPAUSER_ROLE = keccak256("UNPAUSER_ROLE");

    /// @notice Route modes: a lock route releases tokens the bridge holds, a mint route mints a
    /// WrappedToken whose bridge is this contract.
    uint8 public constant MODE_LOCK = 1;
    uint8 public constant MODE_MINT = 2;

    /// @notice The longest Metaverse recipient (address or avatar) a deposit or link may carry.
    uint256 public constant MAX_RECIPIENT_LENGTH = 128;

    bytes32 private constant DOMAIN_TYPEHASH = keccak256(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"
    );
    bytes32 private constant TRANSFER_TYPEHASH = keccak256(
        "Transfer(uint256 sourceChain,bytes32 sourceTx,uint32 sourceIndex,bytes32 sourceBlock,bytes32 route,"
        "uint256 destChain,bytes32 destToken,bytes recipient,uint256 amount,uint256 fee)"
    );
    bytes32 private constant NAME_HASH = keccak256("TokenDroplet");
    bytes32 private constant VERSION_HASH = keccak256("1");

    // secp256k1n / 2: watcher signatures with a larger s are malleable copies and are refused.
    uint256 private constant SECP256K1_HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    // P-256 n / 2, for the signer's signature.
    uint256 private constant P256_HALF_N = 0x7FFFFFFF800000007FFFFFFFFFFFFFFFDE737D56D38BCF4279DCE5617E3192A8;

    /// @notice The timelock that holds every configuration role; created by the constructor.
    TimelockController public immutable timelock;
    /// @notice The smallest watcher set `setWatchers` accepts.
    uint8 public immutable minWatchers;

    // Packed with Pausable's flag: one cold read covers pause, watcher epoch and threshold.
    uint64 private _watcherEpoch;
    uint8 private _threshold;

    /// @notice The signer's P-256 public key.
    bytes32 public signerQx;
    bytes32 public signerQy;
    /// @notice The routes-file hash, the EIP-712 domain's salt.
    bytes32 public routesHash;

    address[] private _watchers;
    // A watcher is current when its entry equals _watcherEpoch; a new set bumps the epoch, which
    // retires the old set without deleting it.
    mapping(address => uint64) private _watcherEpochOf;

    /// @notice Routes by route key (the route id's ASCII bytes, right-padded).
    mapping(bytes32 => Route) public routes;
    /// @notice The route of each token, for deposits.
    mapping(address => bytes32) public tokenRoute;
    mapping(bytes32 => Usage) private _usage;
    /// @notice Source-event ids already paid out.
    mapping(bytes32 => bool) public consumed;
    /// @notice Address links: an Ethereum sender's Metaverse recipient for memo-less transfers.
    mapping(address => string) public links;

    event Deposit(address indexed token, address indexed sender, uint256 amount, string recipient);
    event Linked(address indexed account, string recipient);
    event Released(bytes32 indexed id, address indexed token, address indexed recipient, uint256 amount);
    event Minted(bytes32 indexed id, address indexed token, address indexed recipient, uint256 amount);
    event Burned(address indexed token, uint256 amount);
    event SignerKeySet(bytes32 qx, bytes32 qy);
    event WatchersSet(address[] watchers, uint8 threshold, uint64 epoch);
    event RouteSet(bytes32 indexed route, address indexed token, uint8 mode, uint256 dailyCap, bool enabled);
    event RoutesHashSet(bytes32 routesHash);

    // Payout rejections.
    error WrongDestChain(uint256 destChain);
    error RecipientNot20Bytes(uint256 length);
    error ZeroRecipient();
    error RecipientIsBridge();
    error UnknownRoute(bytes32 route);
    error RouteDisabled(bytes32 route);
    error WrongMode(bytes32 route, uint8 mode);
    error WrongToken(bytes32 route, bytes32 destToken);
    error AlreadyConsumed(bytes32 id);
    error SignerSignatureMalleable();
    error BadSignerSignature();
    error NotEnoughWatcherSignatures(uint256 count, uint256 threshold);
    error WatcherSignatureLength(uint256 index, uint256 length);
    error WatcherSignatureMalleable(uint256 index);
    error InvalidWatcherSignature(uint256 index);
    error DuplicateWatcherSignature(uint256 index, address watcher);
    error WatcherSignaturesNotSorted(uint256 index);
    error NotWatcher(uint256 index, address signer);
    error DailyCapExceeded(bytes32 route, uint256 used, uint256 amount, uint256 cap);
    // Deposit, link and burn rejections.
    error UnsupportedToken(address token);
    error ZeroAmount();
    error ReceivedMoreThanSent(uint256 received, uint256 amount);
    error InvalidMetaverseRecipient(uint256 length);
    error NotMintRoute(address token);
    // Administration rejections.
    error InvalidGovernance();
    error TooFewWatchers(uint256 watchers, uint256 minimum);
    error InvalidSignerKey();
    error InvalidWatcherSet();
    error InvalidThreshold(uint8 threshold, uint256 watchers);
    error InvalidRoute();
    error InvalidMode(uint8 mode);
    error InvalidDailyCap(uint256 dailyCap);
    error TokenInUse(address token, bytes32 route);

    /// @param gov who governs: see `Governance`. The timelock gets DEFAULT_ADMIN_ROLE, ADMIN_ROLE
    /// and UNPAUSER_ROLE, each pauser PAUSER_ROLE; nobody else gets any role.
    /// @param minWatchers_ the smallest watcher set this bridge will ever accept (at least 1).
    /// @param routes_ the routes the bridge starts with, so that a new bridge needs no proposal to
    /// be usable.
    constructor(
        Governance memory gov,
        bytes32 signerQx_,
        bytes32 signerQy_,
        address[] memory watchers_,
        uint8 threshold_,
        uint8 minWatchers_,
        bytes32 routesHash_,
        InitialRoute[] memory routes_
    ) AccessControlDefaultAdminRules(gov.adminTransferDelay, _newTimelock(gov)) {
        if (minWatchers_ == 0) revert InvalidGovernance();
        minWatchers = minWatchers_;
        timelock = TimelockController(payable(defaultAdmin()));
        _grantRole(ADMIN_ROLE, address(timelock));
        _grantRole(UNPAUSER_ROLE, address(timelock));
        for (uint256 i = 0; i < gov.pausers.length; ++i) {
            _grantRole(PAUSER_ROLE, gov.pausers[i]);
        }
        _setSignerKey(signerQx_, signerQy_);
        _setWatchers(watchers_, threshold_);
        _setRoutesHash(routesHash_);
        for (uint256 i = 0; i < routes_.length; ++i) {
            InitialRoute memory r = routes_[i];
            _setRoute(r.route, r.token, r.mode, r.dailyCap, r.enabled);
        }
    }

    // Creates the timelock with this bridge as its temporary admin, makes every pauser a canceller,
    // then gives the admin role up, so the timelock administers itself alone from then on.
    function _newTimelock(Governance memory gov) private returns (address) {
        if (gov.proposers.length == 0 || gov.pausers.length == 0) revert InvalidGovernance();
        for (uint256 i = 0; i < gov.proposers.length; ++i) {
            if (gov.proposers[i] == address(0)) revert InvalidGovernance();
        }
        for (uint256 i = 0; i < gov.pausers.length; ++i) {
            if (gov.pausers[i] == address(0)) revert InvalidGovernance();
        }
        TimelockController tl = new TimelockController(gov.delay, gov.proposers, gov.executors, address(this));
        bytes32 canceller = tl.CANCELLER_ROLE();
        for (uint256 i = 0; i < gov.pausers.length; ++i) {
            tl.grantRole(canceller, gov.pausers[i]);
        }
        tl.renounceRole(tl.DEFAULT_ADMIN_ROLE(), address(this));
        return address(tl);
    }

    // ---------------------------------------------------------------- Ethereum -> Metaverse

    /// @notice Locks (lock route) or burns (mint route) `amount` of `token` for `recipient` on
    /// Metaverse. Credits what actually arrived, so fee-on-transfer tokens are safe.
    function deposit(address token, uint256 amount, string calldata recipient) external whenNotPaused nonReentrant {
        bytes32 routeKey = tokenRoute[token];
        if (routeKey == bytes32(0)) revert UnsupportedToken(token);
        Route storage rt = routes[routeKey];
        if (!rt.enabled) revert RouteDisabled(routeKey);
        if (amount == 0) revert ZeroAmount();
        _checkMetaverseRecipient(recipient);

        IERC20 erc20 = IERC20(token);
        uint256 before = erc20.balanceOf(address(this));
        erc20.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = erc20.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        // Security-critical: a token that also moves value to the bridge inside its own transfer
        // (a sender hook) would otherwise be credited here and again as that inner transfer.
        if (received > amount) revert ReceivedMoreThanSent(received, amount);
        if (rt.mode == MODE_MINT) WrappedToken(token).burn(received);
        emit Deposit(token, msg.sender, received, recipient);
    }

    /// @notice Burns wrapped tokens sent to the bridge by plain transfer (which the watchers count
    /// as deposits). Anybody may call it: the bridge should hold no wrapped tokens.
    function burnReceived(address token) external {
        bytes32 routeKey = tokenRoute[token];
        if (routeKey == bytes32(0) || routes[routeKey].mode != MODE_MINT) revert NotMintRoute(token);
        uint256 amount = IERC20(token).balanceOf(address(this));
        if (amount == 0) revert ZeroAmount();
        WrappedToken(token).burn(amount);
        emit Burned(token, amount);
    }

    /// @notice Links the sender to a Metaverse recipient, so its plain transfers need no memo.
    /// Calling it again replaces the link.
    function link(string calldata recipient) external {
        _checkMetaverseRecipient(recipient);
        links[msg.sender] = recipient;
        emit Linked(msg.sender, recipient);
    }

    // ---------------------------------------------------------------- Metaverse -> Ethereum

    /// @notice Pays out a transfer on a lock route from the bridge's balance.
    function release(Transfer calldata t, bytes32 r, bytes32 s, bytes[] calldata watcherSigs)
        external
        whenNotPaused
        nonReentrant
    {
        (bytes32 id, address token, address recipient) = _authorize(t, r, s, watcherSigs, MODE_LOCK);
        IERC20(token).safeTransfer(recipient, t.amount);
        emit Released(id, token, recipient, t.amount);
    }

    /// @notice Pays out a transfer on a mint route by minting the wrapped token. The fee is not minted.
    function mint(Transfer calldata t, bytes32 r, bytes32 s, bytes[] calldata watcherSigs)
        external
        whenNotPaused
        nonReentrant
    {
        (bytes32 id, address token, address recipient) = _authorize(t, r, s, watcherSigs, MODE_MINT);
        WrappedToken(token).mint(recipient, t.amount);
        emit Minted(id, token, recipient, t.amount);
    }

    // Security-critical: every check that stands between a signature and a payout. State is
    // written (consumed id, cap usage) before the caller moves any token.
    function _authorize(Transfer calldata t, bytes32 r, bytes32 s, bytes[] calldata watcherSigs, uint8 mode)
        private
        returns (bytes32 id, address token, address recipient)
    {
        if (t.destChain != block.chainid) revert WrongDestChain(t.destChain);
        if (t.recipient.length != 20) revert RecipientNot20Bytes(t.recipient.length);
        recipient = address(bytes20(t.recipient));
        if (recipient == address(0)) revert ZeroRecipient();
        // Security-critical: a payout to the bridge reads as a memo-less deposit, which is refunded
        // to the bridge, which pays out again: a loop that burns caps and gas.
        if (recipient == address(this)) revert RecipientIsBridge();

        Route storage rt = routes[t.route];
        token = rt.token;
        if (token == address(0)) revert UnknownRoute(t.route);
        if (!rt.enabled) revert RouteDisabled(t.route);
        if (rt.mode != mode) revert WrongMode(t.route, rt.mode);
        if (t.destToken != bytes32(uint256(uint160(token)))) revert WrongToken(t.route, t.destToken);

        id = _transferId(t);
        if (consumed[id]) revert AlreadyConsumed(id);

        bytes32 digest = _digest(t, block.chainid, address(this), routesHash);
        if (uint256(s) > P256_HALF_N) revert SignerSignatureMalleable();
        if (!P256.verify(digest, r, s, signerQx, signerQy)) revert BadSignerSignature();
        _checkWatchers(digest, watcherSigs);

        _spend(t.route, rt.dailyCap, t.amount);
        consumed[id] = true;
    }

    // Security-critical: at least threshold signatures, each valid, low-s, by a current watcher,
    // in strictly increasing signer order (so no watcher counts twice).
    function _checkWatchers(bytes32 digest, bytes[] calldata sigs) private view {
        uint256 threshold = _threshold;
        if (sigs.length < threshold) revert NotEnoughWatcherSignatures(sigs.length, threshold);
        uint64 epoch = _watcherEpoch;
        address last;
        for (uint256 i = 0; i < sigs.length; ++i) {
            bytes calldata sig = sigs[i];
            if (sig.length != 65) revert WatcherSignatureLength(i, sig.length);
            bytes32 sr = bytes32(sig[0:32]);
            bytes32 ss = bytes32(sig[32:64]);
            uint8 v = uint8(sig[64]);
            if (uint256(ss) > SECP256K1_HALF_N) revert WatcherSignatureMalleable(i);
            address signer = ecrecover(digest, v, sr, ss);
            if (signer == address(0)) revert InvalidWatcherSignature(i);
            if (signer <= last) {
                if (signer == last) revert DuplicateWatcherSignature(i, signer);
                revert WatcherSignaturesNotSorted(i);
            }
            if (_watcherEpochOf[signer] != epoch) revert NotWatcher(i, signer);
            last = signer;
        }
    }

    function _spend(bytes32 routeKey, uint256 cap, uint256 amount) private {
        uint64 today = uint64(block.timestamp / 1 days);
        Usage memory u = _usage[routeKey];
        uint256 used = u.day == today ? u.used : 0;
        if (used > cap || amount > cap - used) revert DailyCapExceeded(routeKey, used, amount, cap);
        // used + amount <= cap <= type(uint192).max (setRoute checks), so the cast is exact.
        _usage[routeKey] = Usage(today, uint192(used + amount));
    }

    // ---------------------------------------------------------------- hashing

    /// @notice The EIP-712 digest this bridge checks for `t`: the one watchers and the signer sign.
    function hashTransfer(Transfer calldata t) external view returns (bytes32) {
        return _digest(t, block.chainid, address(this), routesHash);
    }

    /// @notice This bridge's EIP-712 domain separator.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator(block.chainid, address(this), routesHash);
    }

    /// @notice The digest of `t` under any domain, with the same code as the payout path; for
    /// checking golden vectors made for other chains and contracts.
    function digestFor(Transfer calldata t, uint256 chainId, address verifyingContract, bytes32 salt)
        external
        pure
        returns (bytes32)
    {
        return _digest(t, chainId, verifyingContract, salt);
    }

    /// @notice The source-event id of `t`: keccak256(abi.encode(sourceChain, sourceTx, sourceIndex)).
    function transferId(Transfer calldata t) external pure returns (bytes32) {
        return _transferId(t);
    }

    /// @notice EIP-712 hashStruct of `t`.
    function structHash(Transfer calldata t) external pure returns (bytes32) {
        return _structHash(t);
    }

    /// @notice The EIP-712 domain separator of any domain.
    function domainSeparatorFor(uint256 chainId, address verifyingContract, bytes32 salt)
        external
        pure
        returns (bytes32)
    {
        return _domainSeparator(chainId, verifyingContract, salt);
    }

    function _transferId(Transfer calldata t) private pure returns (bytes32) {
        return keccak256(abi.encode(t.sourceChain, t.sourceTx, t.sourceIndex));
    }

    function _digest(Transfer calldata t, uint256 chainId, address verifyingContract, bytes32 salt)
        private
        pure
        returns (bytes32)
    {
        return MessageHashUtils.toTypedDataHash(_domainSeparator(chainId, verifyingContract, salt), _structHash(t));
    }

    function _domainSeparator(uint256 chainId, address verifyingContract, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chainId, verifyingContract, salt));
    }

    function _structHash(Transfer calldata t) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                TRANSFER_TYPEHASH,
                t.sourceChain,
                t.sourceTx,
                t.sourceIndex,
                t.sourceBlock,
                t.route,
                t.destChain,
                t.destToken,
                keccak256(t.recipient),
                t.amount,
                t.fee
            )
        );
    }

    // ---------------------------------------------------------------- administration

    // Every setter below is ADMIN_ROLE, which only the timelock holds: each change is a proposal
    // that waits out the timelock's delay.

    /// @notice Rotates the signer's P-256 key.
    function setSignerKey(bytes32 qx, bytes32 qy) external onlyRole(ADMIN_ROLE) {
        _setSignerKey(qx, qy);
    }

    /// @notice Replaces the watcher set. `watchers_` must be strictly increasing (no duplicates,
    /// no zero address) and `threshold_` more than half of them.
    function setWatchers(address[] calldata watchers_, uint8 threshold_) external onlyRole(ADMIN_ROLE) {
        _setWatchers(watchers_, threshold_);
    }

    /// @notice Creates or changes a route. A token belongs to at most one route.
    function setRoute(bytes32 route, address token, uint8 mode, uint256 dailyCap, bool enabled)
        external
        onlyRole(ADMIN_ROLE)
    {
        _setRoute(route, token, mode, dailyCap, enabled);
    }

    function _setRoute(bytes32 route, address token, uint8 mode, uint256 dailyCap, bool enabled) private {
        if (route == bytes32(0) || token == address(0)) revert InvalidRoute();
        if (mode != MODE_LOCK && mode != MODE_MINT) revert InvalidMode(mode);
        if (dailyCap > type(uint192).max) revert InvalidDailyCap(dailyCap);
        bytes32 other = tokenRoute[token];
        if (other != bytes32(0) && other != route) revert TokenInUse(token, other);
        address old = routes[route].token;
        if (old != token && old != address(0)) delete tokenRoute[old];
        tokenRoute[token] = route;
        routes[route] = Route(token, mode, enabled, dailyCap);
        emit RouteSet(route, token, mode, dailyCap, enabled);
    }

    /// @notice Sets the routes-file hash (the EIP-712 salt). Signatures made under the old hash
    /// stop being valid.
    function setRoutesHash(bytes32 routesHash_) external onlyRole(ADMIN_ROLE) {
        _setRoutesHash(routesHash_);
    }

    /// @notice Pauses payouts and deposits at once; any single pauser may.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Lifts a pause; only the timelock holds UNPAUSER_ROLE, so it waits out the delay.
    function unpause() external onlyRole(UNPAUSER_ROLE) {
        _unpause();
    }

    /// @notice The current watcher set and threshold.
    function watchers() external view returns (address[] memory watcherSet, uint8 threshold) {
        return (_watchers, _threshold);
    }

    /// @notice Whether `account` is in the current watcher set.
    function isWatcher(address account) external view returns (bool) {
        return account != address(0) && _watcherEpochOf[account] == _watcherEpoch;
    }

    /// @notice What `route` has paid out today (UTC day bucket).
    function usedToday(bytes32 route) external view returns (uint256) {
        Usage memory u = _usage[route];
        return u.day == block.timestamp / 1 days ? u.used : 0;
    }

    function _setSignerKey(bytes32 qx, bytes32 qy) private {
        if (!P256.isValidPublicKey(qx, qy)) revert InvalidSignerKey();
        signerQx = qx;
        signerQy = qy;
        emit SignerKeySet(qx, qy);
    }

    function _setWatchers(address[] memory watchers_, uint8 threshold_) private {
        uint256 n = watchers_.length;
        if (n == 0) revert InvalidWatcherSet();
        if (n < minWatchers) revert TooFewWatchers(n, minWatchers);
        if (threshold_ > n || uint256(threshold_) * 2 <= n) revert InvalidThreshold(threshold_, n);
        uint64 epoch = _watcherEpoch + 1;
        address last;
        for (uint256 i = 0; i < n; ++i) {
            address w = watchers_[i];
            if (w <= last) revert InvalidWatcherSet(); // also refuses the zero address
            _watcherEpochOf[w] = epoch;
            last = w;
        }
        _watchers = watchers_;
        _watcherEpoch = epoch;
        _threshold = threshold_;
        emit WatchersSet(watchers_, threshold_, epoch);
    }

    function _setRoutesHash(bytes32 routesHash_) private {
        routesHash = routesHash_;
        emit RoutesHashSet(routesHash_);
    }

    function _checkMetaverseRecipient(string calldata recipient) private pure {
        uint256 n = bytes(recipient).length;
        if (n == 0 || n > MAX_RECIPIENT_LENGTH) revert InvalidMetaverseRecipient(n);
    }
}
