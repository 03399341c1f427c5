"""The fixture notebooks of scripts/corpus/notebookSite.ts and the real site's course lab, made once
(see the end of this file for how they were executed). Tests and benchmarks read the saved
results and never need Python."""
import nbformat as nbf, sys
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_raw_cell
def save(nb, name):
    nb.metadata['kernelspec'] = {'name': 'python3', 'display_name': 'Python 3 (ipykernel)', 'language': 'python'}
    nbf.write(nb, name)

nb = new_notebook()
nb.cells = [
 new_raw_cell("---\ntitle: Gradient descent on a quadratic\ntags: [optimization]\n---"),
 new_markdown_cell("We minimise $f(x) = (x - 3)^2$ with a fixed step $\\eta$.\n\n$$\nx_{t+1} = x_t - \\eta \\nabla f(x_t)\n$$\n\n:::tip\nA step above $1$ diverges here.\n:::\n\n| step | meaning |\n| --- | --- |\n| $\\eta$ | learning rate |"),
 new_code_cell("import numpy as np\nimport pandas as pd\nimport matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\nimport matplotlib.pyplot as plt\nfrom IPython.display import display, Math, Markdown, HTML\nnp.random.seed(0)"),
 new_code_cell("xs = [0.0]\nfor t in range(20):\n    xs.append(xs[-1] - 0.2 * 2 * (xs[-1] - 3))\nprint('final x =', round(xs[-1], 4))\nprint('\\x1b[32mconverged\\x1b[0m in \\x1b[1m20\\x1b[0m steps')"),
 new_code_cell("fig, ax = plt.subplots(figsize=(5, 3))\nax.plot(xs, marker='o')\nax.set_xlabel('step'); ax.set_ylabel('x')\nplt.show()"),
 new_code_cell("%config InlineBackend.figure_formats = ['svg']\nfig, ax = plt.subplots(figsize=(4, 2.5))\nax.plot([(x - 3) ** 2 for x in xs])\nax.set_yscale('log'); ax.set_title('loss')\nplt.show()\n%config InlineBackend.figure_formats = ['png']"),
 new_code_cell("df = pd.DataFrame({'step': range(5), 'x': xs[:5], 'loss': [(x - 3) ** 2 for x in xs[:5]]})\ndf"),
 new_code_cell("display(Math(r'\\nabla f(x) = 2(x - 3)'))"),
 new_code_cell("display(Markdown('The minimum is at **x = 3**.'))"),
 new_code_cell("for i in range(60):\n    print(f'step {i:2d}: x = {3 - 3 * 0.6 ** i:.6f}')"),
 new_code_cell("def step(x, eta):\n    return x - eta * grad(x)\n\nstep(1.0, 0.1)"),
]
save(nb, 'gradient-descent.ipynb')

nb = new_notebook()
nb.cells = [
 new_markdown_cell("# Outputs a notebook must not run\n\nEach cell below saved an output that would run code or load from elsewhere."),
 new_code_cell("from IPython.display import display, HTML, Javascript"),
 new_code_cell("display(HTML('<p>kept text</p><img src=\"x\" onerror=\"alert(1)\"><script>alert(2)</script><a href=\"javascript:alert(3)\">link</a><iframe src=\"https://evil.example/\"></iframe><img src=\"https://evil.example/pixel.png\"><style>body{display:none}</style>'))"),
 new_code_cell("display(Javascript('alert(4)'))"),
 new_code_cell("display({'application/vnd.jupyter.widget-view+json': {'model_id': 'abc', 'version_major': 2, 'version_minor': 0}, 'text/plain': 'IntSlider(value=3)'}, raw=True)"),
 new_code_cell("display({'application/vnd.plotly.v1+json': {'data': [], 'layout': {}}}, raw=True)"),
]
save(nb, 'hostile-outputs.ipynb')

nb = new_notebook()
nb.cells = [
 new_markdown_cell("# A notebook never run\n\nThe cells below have no outputs yet: `Run all` was never pressed."),
 new_code_cell("import numpy as np\nnp.linspace(0, 1, 5)"),
 new_markdown_cell("Done when it runs."),
]
save(nb, 'never-executed.ipynb')

nb = new_notebook()
cells = [new_raw_cell("---\ntitle: Three large figures\n---"), new_code_cell("import numpy as np\nimport matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\nimport matplotlib.pyplot as plt\nnp.random.seed(1)")]
for i in range(3):
    cells.append(new_markdown_cell(f"## Figure {i+1}\n\nNoise at seed {i}, drawn large so that the PNG weighs about 130 KB."))
    cells.append(new_code_cell(f"fig, ax = plt.subplots(figsize=(7, 4.5))\nax.imshow(np.random.rand(135, 215), cmap='viridis', interpolation='nearest')\nplt.show()"))
nb.cells = cells
save(nb, 'large-figures.ipynb')

# The real site's course lab (docs/courses/ng-ml-spec/regression-lab.ipynb), made the same way.
nb = new_notebook()
nb.cells = [
 new_raw_cell("---\ntitle: \"Lab: gradient descent on a quadratic\"\nsidebar_label: \"Lab: gradient descent\"\n---"),
 new_markdown_cell("The week 1 lab of *Regression and Classification*, redone by hand: minimise $f(x) = (x - 3)^2$ with a fixed step $\\eta$,\n\n$$\nx_{t+1} = x_t - \\eta \\, f'(x_t) = x_t - 2\\eta (x_t - 3).\n$$\n\n:::tip\nHere each step multiplies the distance to the minimum by $1 - 2\\eta$: any $0 < \\eta < 1$ converges, $\\eta > 1$ diverges.\n:::"),
 new_code_cell("import numpy as np\nimport pandas as pd\nimport matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\nimport matplotlib.pyplot as plt\n\ndef descend(eta, steps=20, x=0.0):\n    xs = [x]\n    for _ in range(steps):\n        xs.append(xs[-1] - eta * 2 * (xs[-1] - 3))\n    return np.array(xs)"),
 new_code_cell("fig, ax = plt.subplots(figsize=(5, 3))\nfor eta in (0.05, 0.2, 0.45):\n    ax.plot(descend(eta), marker='.', label=f'eta = {eta}')\nax.axhline(3, color='grey', lw=0.8)\nax.set_xlabel('step'); ax.set_ylabel('x'); ax.legend()\nplt.show()"),
 new_code_cell("pd.DataFrame({eta: descend(eta)[[1, 5, 10, 20]] for eta in (0.05, 0.2, 0.45)}, index=[1, 5, 10, 20]).round(4)"),
 new_markdown_cell("With $\\eta = 0.45$ the factor $1 - 2\\eta = 0.1$ gets within $10^{-4}$ of the minimum in five steps; $\\eta = 0.05$ is still far after twenty. Next: the same on the course's house-price data, with feature scaling."),
]
save(nb, 'gradient-descent-lab.ipynb')

# Then, in this folder, with Debian's python3-nbconvert, python3-ipykernel, python3-matplotlib and python3-pandas:
#   for f in gradient-descent hostile-outputs large-figures gradient-descent-lab; do
#     python3 -m nbconvert --to notebook --execute --inplace --allow-errors $f.ipynb; done
# (never-executed.ipynb stays unexecuted); move gradient-descent-lab.ipynb to docs/courses/ng-ml-spec/regression-lab.ipynb.
