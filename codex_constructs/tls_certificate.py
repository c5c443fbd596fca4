"""A TLS certificate for a set of hosts, issued and renewed by cert-manager into a Secret."""

from __future__ import annotations

from collections.abc import Sequence

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.certmanager.io import cert_manager
from ._names import check_dns_label


def tls_certificate(
    scope: Construct, id: str, *, secret_name: str, hosts: Sequence[str], issuer: str, namespace: str
) -> cert_manager.Certificate:
    """A ``Certificate`` whose key pair cert-manager writes to ``secret_name``; every edge
    rendering references that Secret, so the certificate survives a switch between them."""
    check_dns_label(secret_name, "TLS secret name")
    return cert_manager.Certificate(
        scope,
        id,
        metadata=ApiObjectMetadata(name=secret_name, namespace=namespace),
        spec=cert_manager.CertificateSpec(
            secret_name=secret_name,
            dns_names=list(hosts),
            issuer_ref=cert_manager.CertificateSpecIssuerRef(name=issuer, kind="ClusterIssuer", group="cert-manager.io"),
        ),
    )


def edge_certificates(
    scope: Construct, *, namespace: str, issuer: str | None, host: str, tls_secret: str, admin_host: str | None, admin_tls_secret: str
) -> tuple[cert_manager.Certificate | None, cert_manager.Certificate | None]:
    """One certificate per host (ids ``Certificate``, ``AdminCertificate``): a certificate valid
    for both would let browsers reuse an API connection for the admin host (HTTP/2 connection
    coalescing), which Envoy Gateway prevents by turning HTTP/2 off on both listeners. None
    without an ``issuer``: another edge rendered beside this one issues them."""
    if issuer is None:
        return None, None
    public = tls_certificate(scope, "Certificate", secret_name=tls_secret, hosts=[host], issuer=issuer, namespace=namespace)
    admin = (
        tls_certificate(scope, "AdminCertificate", secret_name=admin_tls_secret, hosts=[admin_host], issuer=issuer, namespace=namespace)
        if admin_host
        else None
    )
    return public, admin
