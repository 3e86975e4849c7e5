"""Version 1 of the API, assembled: one NinjaAPI whose routers live with their domain apps.

The building blocks (auth, problem details, schema helpers) are the `api` app, a floor
below the domain apps; only the shell puts the routers together, so arrows run one way.

Why django-ninja rather than Django REST framework (both come with Wagtail 8):
the request and response types are pydantic models written once, and the same
types validate input, shape output and produce the OpenAPI 3 schema that
schemathesis fuzzes, so the schema cannot drift from the code; operations are
plain functions calling the same services as the screens, which suits this
codebase's services/selectors style better than DRF's class-based viewsets.
"""

from ninja import NinjaAPI

from api import errors
from api.auth import EVERYONE_SIGNED_IN
from api.schema import document_problems, link_operations
from assessments.api import router as assessments_router
from certificates.api import router as certificates_router
from courses.api import router as courses_router
from reports.api import router as reports_router
from workforce.api import router as workforce_router


class MalakaAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        return link_operations(document_problems(super().get_openapi_schema(*args, **kwargs)))


api = MalakaAPI(
    title="Malaka API",
    version="1",
    description="Learning records, certificates and capacity-building indicators of the national learning platform "
    "for health workers. Errors are RFC 9457 problem details.",
    urls_namespace="api-v1",
    auth=EVERYONE_SIGNED_IN,
    docs_url="/docs/",
    openapi_url="/schema/",
)
errors.install(api)
api.add_router("", courses_router)
api.add_router("", reports_router)
api.add_router("", workforce_router)
api.add_router("", assessments_router)
api.add_router("", certificates_router)
