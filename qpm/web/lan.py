"""This laptop's addresses on the local network, found without sending anything, for `qpm serve --lan`."""
import ipaddress
import socket
from dataclasses import dataclass

import psutil

# A documentation address (RFC 5737), never routed on the internet. connect() on a UDP socket sends no
# packet: the kernel only looks up the route, so the socket's own address is the default route's.
PROBE = ("203.0.113.1", 9)
# Bridges to containers and virtual machines: only this laptop reaches them.
VIRTUAL = ("docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "lxc", "lxd", "cni", "flannel", "podman")


@dataclass(frozen=True)
class LanAddress:
    """One address phones on a network may reach this laptop at, and the interface it belongs to."""

    address: str
    interface: str


def default_route_address():
    """Return the address of the interface the default route goes through, or None without a network."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(PROBE)
        except OSError:  # no route at all: no network
            return None
        return probe.getsockname()[0]


def interfaces():
    """Return {interface: [IPv4 address]} of the interfaces that are up (psutil: Linux, macOS, Windows)."""
    up = {name for name, stats in psutil.net_if_stats().items() if stats.isup}
    return {name: [a.address for a in found if a.family == socket.AF_INET]
            for name, found in psutil.net_if_addrs().items() if name in up}


def lan_addresses(found=None, default=None):
    """Return the addresses phones may reach, the default route's first; none when there is no network.

    `found` ({interface: [address]}) and `default` are this laptop's unless given.
    """
    found = interfaces() if found is None else found
    default = default_route_address() if default is None else default
    reachable = [LanAddress(address, name) for name, addresses in found.items() for address in addresses
                 if not name.lower().startswith(VIRTUAL) and could_reach(address)]
    reachable.sort(key=lambda lan: lan.address != default)  # stable: the rest keep the system's order
    return reachable


def could_reach(address):
    """Return whether a phone on another device could reach this IPv4 address (not loopback, not link-local)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def only_here(url_host):
    """Return whether a host name or address opens only on this computer (loopback, localhost, 0.0.0.0)."""
    host = (url_host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified
