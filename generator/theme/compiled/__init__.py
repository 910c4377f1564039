"""Jinja's code for the built-in templates (generator/render/precompiled.py), made by
`make templates`: do not edit. INDEX: the key of each template (its name and source, Jinja's
version and the environment's options) -> the module holding its code."""

JINJA = '3.1.6'  # the version that made them

INDEX = {
    '4f2a5a44ecacd806a395aa3dafdebc6bfa31b20d02440c784eed82a7b6fe2d6a': 't_referendum_ref_area_html',
    '1b7af31981dbd4e5c1aaa18e6336feff3bd1e1ddcaf2ee0eb720fa4813029e72': 't_referendum_ref_areas_html',
    '7256edc5f18a4b3c3fb71ffc70f731d893d996a3f064ff16410715b538d54d79': 't_referendum_ref_home_html',
    'f2fc808bfdc926483a2476511add78058de776f2ccc4244a394f6cc6047e0bd6': 't_referendum_ref_macros_html',
    'd3b503eb42b22bdf68032e487ad3b52c757e3cc855a56d058aee043c4089133a': 't_referendum_ref_region_html',
    '2fa7056c81372d93b1c00a78f0c22af62067cc5d736ff269367b47d5d9b5db69': 't_referendum_ref_regions_html',
    '8380aa8e1fd70c38b31080e2eea3bfc34be550f74c5833aabccd5f8efe1b3e2f': 't_referendum_ref_results_html',
    '495de52ffd1df8d6704c9e76a0fa0137c7ee9cc60d10013a4d6bda45054d3fcd': 't_theme_404_html',
    '88ee07ef11efba7e7e884cbb9675f919f4a9171066a149dd93acc8a17b81ae04': 't_theme_base_html',
    'a1e13622c276c1d8fccb3956f16abeb154dd410ac6dd9ee9b5f407fb2b004842': 't_theme_candidate_html',
    'ffd9e72897dee9f98120e63be0d234c347f4c64b0a6629095402c47c9c2f27af': 't_theme_candidates_html',
    'ac1452deadd096109d18636497ada5adaa236f2b58e247d3e34a54b883faa9ae': 't_theme_category_html',
    '266e1fd836187db86479add5ac745824fb181720c7b3c7dadea749c60d3b535e': 't_theme_data_html',
    'a793c740c8d8c828200ccc2d6235b106794aff2cdb3c236ee4915532fdb1834d': 't_theme_embed_html',
    'fc2a9ea94ce2476035e947f0b43524d79547df3390b913a20225e8261ebfed4c': 't_theme_ge_area_html',
    'd0a56b9d6b801216fa3c3e50de2573d63e3356959e6043881aef7b06a02001fc': 't_theme_ge_areas_html',
    'eaed8c01846eca05101110f4d8afdd23e8e5555fdba51a8a10a2ab0ab85dd68e': 't_theme_ge_home_html',
    '6a07c41f0094b949fb52ae428d40e94739cf3144eda2b398b967bc1fcfbe4c0e': 't_theme_ge_layout_html',
    'e6835dda1ba60ca222ba4e2dc392cf8477a06ea1c122a9c0a28c5f84b89b52b1': 't_theme_ge_macros_html',
    '1962daa7d775bb5e3f2143e457ade86908feddb329c024baf70f756b2e33dc17': 't_theme_ge_map_html',
    '4537a82ee8365c324c9dc76b5daea58ae19c3376c7dd1185c1b053869e4350a4': 't_theme_ge_parties_html',
    '07c9aa00b8cc399618436852c067ffac1c5207b211de34de3d97c5223340d543': 't_theme_ge_party_html',
    '3ce07b2854dc24220e3287db660d220d03d357ae9efd82c2b4bf1a24b690034b': 't_theme_ge_region_html',
    '7365ea487909792fd8421f96c81d064e1b02fabbf1d05100f7475d5b2e4a02b6': 't_theme_ge_regions_html',
    'febf904fac16ff41d7a46f6848865239576a82d6edf0bd2b7748af9194ae22c7': 't_theme_home_html',
    '69c9e3f7ad6b6c3ac8d5c20edbce19d06e9e69f79daefada338795f4bf8c5d7d': 't_theme_macros_html',
    'b1dd57f22e017473d08a947bde99d37d230baab8ed3cb8a50b06903cf2753e3f': 't_theme_nominations_html',
    '85f185679f43579ffb62ca7741de951fa296b185e36a951faa938262db75b25a': 't_theme_page_html',
    '8a3e9d78425215ad696f250cb5ee9072e7f7b9d3659acd08ce2e758800b9d9af': 't_theme_region_html',
    'b3fb9f993c99c48fd3a9365b29ade633bf690cba55fed151b45c407d62f6ca04': 't_theme_regions_html',
    '1926a4b4e38e94250db1e6d4295b74e68e69a13ef90ec43797a98ec0d1f6419a': 't_theme_result_html',
    '926b7f39d4cf598a17e5c1cefd400baff1de826c14b1e1281679d60847f52427': 't_theme_update_html',
    '9d3517f5f9a1a63251ed7a0120077ba3aa384b19bd32c4f5e79a8c2c2f15c117': 't_theme_updates_html',
}
