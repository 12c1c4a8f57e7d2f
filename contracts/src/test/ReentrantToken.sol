// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice A hostile ERC20 for tests: once armed, its next balance change calls `target` with
/// `data` (say, a second payout on the bridge) and bubbles up a revert. `mint` and `burn` are
/// open, so it can stand for a wrapped token on a mint route too.
contract ReentrantToken is ERC20 {
    address private _target;
    bytes private _data;

    constructor() ERC20("Reentrant Token", "REENTER") {}

    function arm(address target, bytes calldata data) external {
        _target = target;
        _data = data;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address target = _target;
        if (target == address(0)) return;
        bytes memory data = _data;
        delete _target;
        delete _data;
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
