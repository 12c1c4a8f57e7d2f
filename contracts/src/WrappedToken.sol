// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title WrappedToken
/// @notice The Ethereum side of a mint-mode route: an ERC20 that only its bridge can mint or burn.
/// @dev The bridge can burn only what it holds itself, never a user's balance: deposits are pulled
/// into the bridge with `transferFrom` first, then burned.
contract WrappedToken is ERC20 {
    /// @notice The only address that may mint or burn.
    address public immutable bridge;
    uint8 private immutable _decimals;

    /// @notice A caller other than the bridge tried to mint or burn.
    error OnlyBridge(address caller);
    /// @notice The bridge address given to the constructor is zero.
    error ZeroBridge();

    constructor(string memory name_, string memory symbol_, uint8 decimals_, address bridge_) ERC20(name_, symbol_) {
        if (bridge_ == address(0)) revert ZeroBridge();
        bridge = bridge_;
        _decimals = decimals_;
    }

    modifier onlyBridge() {
        if (msg.sender != bridge) revert OnlyBridge(msg.sender);
        _;
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mints `amount` to `to`. Bridge only.
    function mint(address to, uint256 amount) external onlyBridge {
        _mint(to, amount);
    }

    /// @notice Burns `amount` of the bridge's own balance. Bridge only.
    function burn(uint256 amount) external onlyBridge {
        _burn(msg.sender, amount);
    }
}
