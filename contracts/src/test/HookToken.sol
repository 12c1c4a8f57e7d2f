// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice The sender hook of a `HookToken`, as ERC777's `tokensToSend`.
interface ITokensSender {
    function tokensToSend(address from, address to, uint256 amount) external;
}

/// @title HookToken
/// @notice An ERC20 with an ERC777-style sender hook for tests: before a transfer moves value,
/// it calls `tokensToSend` on a sender that registered itself. Anybody may mint.
contract HookToken is ERC20 {
    mapping(address => bool) public hooked;

    constructor() ERC20("Hook Token", "HOOK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice The caller's transfers call its `tokensToSend` first.
    function registerHook() external {
        hooked[msg.sender] = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && hooked[from]) ITokensSender(from).tokensToSend(from, to, value);
        super._update(from, to, value);
    }
}

interface IBridgeDeposit {
    function deposit(address token, uint256 amount, string calldata recipient) external;
}

/// @title HookDepositor
/// @notice The attacker of a sender-hook token: deposits `amount` and, inside the hook of that
/// deposit, sends `extra` straight to the bridge, so the bridge's balance grows by both.
contract HookDepositor is ITokensSender {
    HookToken public immutable token;
    address public immutable bridge;
    uint256 private _extra;
    bool private _inHook;

    constructor(HookToken token_, address bridge_) {
        token = token_;
        bridge = bridge_;
        token_.registerHook();
        token_.approve(bridge_, type(uint256).max);
    }

    function attack(uint256 amount, uint256 extra, string calldata recipient) external {
        _extra = extra;
        IBridgeDeposit(bridge).deposit(address(token), amount, recipient);
    }

    function tokensToSend(address, address to, uint256) external {
        if (msg.sender != address(token) || _inHook || to != bridge || _extra == 0) return;
        _inHook = true;
        token.transfer(bridge, _extra);
        _inHook = false;
    }
}
